using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Validation at append: a batch with a bad CRC, one over max.message.bytes, one with an unknown codec, an empty or control batch, a
/// truncated one, one of an old format or with stray bytes after it is rejected with the specific reason and error
/// code, and the log is left exactly as it was: same log end offset, same files of the same sizes, and the next valid
/// batch gets the next offset.
/// </summary>
public abstract class PartitionLogAppendValidationTests(LogBackend backend) : LogTestBase(backend)
{
    public static TheoryData<BatchDamage> Damages => [.. Enum.GetValues<BatchDamage>()];

    [Theory]
    [MemberData(nameof(Damages))]
    public void Append_InvalidBatch_IsRejectedWithItsReasonAndChangesNothing(BatchDamage damage)
    {
        var log = Open(new LogConfig { MaxMessageBytes = TestBatches.SmallMaxMessageBytes });
        log.AppendRecords(3);
        var files = Files();

        var error = Assert.Throws<InvalidRecordBatchException>(() => log.Append(TestBatches.Damaged(damage, firstOffset: 3)));

        Assert.Equal((TestBatches.ReasonFor(damage), ExpectedCode(damage)), (error.Reason, error.Code));
        Assert.Equal((3L, 3L), (log.LogEndOffset, log.HighWatermark));
        Assert.Equal(files, Files());
        Assert.Equal(new AppendInfo(3, 5, -1, TestBatches.StartTime), log.AppendRecords(3));
        Assert.Equal(TestBatches.Records(0, 6), log.ReadAllRecords());
    }

    [Fact]
    public void Append_BatchExactlyMaxMessageBytes_IsAccepted()
    {
        var batch = TestBatches.Build(0, 10);
        var log = Open(new LogConfig { MaxMessageBytes = batch.Length });

        Assert.Equal(new AppendInfo(0, 9, -1, TestBatches.StartTime), log.Append(batch));
        Assert.Equal(RecordBatchError.TooLarge, Assert.Throws<InvalidRecordBatchException>(() => log.Append(TestBatches.Build(10, 11))).Reason);
    }

    private static ErrorCode ExpectedCode(BatchDamage damage) => damage switch
    {
        BatchDamage.TooLarge => ErrorCode.MessageTooLarge,
        BatchDamage.Compressed => ErrorCode.UnsupportedCompressionType,
        BatchDamage.Empty or BatchDamage.Control => ErrorCode.InvalidRecord,
        _ => ErrorCode.CorruptMessage,
    };

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogAppendValidationTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogAppendValidationTests(new AzureBlobBackend(azurite));
}
