using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Group commit, Append(IReadOnlyList): each batch is validated on its own; the valid ones get consecutive offsets in
/// the order given and the invalid ones their specific error, taking no offsets and leaving no bytes. A group that
/// does not fit the active segment is split across a roll without losing order.
/// </summary>
public abstract class PartitionLogGroupAppendTests(LogBackend backend) : LogTestBase(backend)
{
    private static readonly int BatchSize = TestBatches.Size(2);

    [Fact]
    public void Append_GroupMixingValidAndInvalidBatches_GivesValidOnesConsecutiveOffsetsInOrder()
    {
        var log = Open(new LogConfig { MaxMessageBytes = TestBatches.SmallMaxMessageBytes });
        log.AppendRecords(1);
        Memory<byte>[] group =
        [
            TestBatches.Build(1, 2), TestBatches.Damaged(BatchDamage.CrcFlip), TestBatches.Build(3, 3),
            TestBatches.Damaged(BatchDamage.TooLarge), TestBatches.Damaged(BatchDamage.Control), TestBatches.Build(6, 1),
        ];

        var results = log.Append(group);

        Assert.Equal(
            [(true, new AppendInfo(1, 2, -1, TestBatches.StartTime), null), (false, default, RecordBatchError.CrcMismatch),
             (true, new AppendInfo(3, 5, -1, TestBatches.StartTime), null), (false, default, RecordBatchError.TooLarge),
             (false, default, RecordBatchError.NotProducible), (true, new AppendInfo(6, 6, -1, TestBatches.StartTime), (RecordBatchError?)null)],
            results.Select(result => (result.Succeeded, result.Info, (result.Error as InvalidRecordBatchException)?.Reason)));
        Assert.Equal(7, log.LogEndOffset);
        Assert.Equal(TestBatches.Size(1) + TestBatches.Size(2) + TestBatches.Size(3) + TestBatches.Size(1), log.SizeInBytes);
        Assert.Equal(TestBatches.Records(0, 7), log.ReadAllRecords());
    }

    [Fact]
    public void Append_GroupCrossingSegmentRolls_SplitsItInOrder()
    {
        var log = Open(new LogConfig { SegmentBytes = 2 * BatchSize, IndexIntervalBytes = 0 });
        log.AppendRecords(2);

        var results = log.Append([.. Enumerable.Range(1, 5).Select(i => (Memory<byte>)TestBatches.Build(2L * i, 2))]);

        Assert.Equal(Enumerable.Range(1, 5).Select(i => new AppendInfo(2L * i, (2L * i) + 1, -1, TestBatches.StartTime)), results.Select(result => result.Info));
        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal(
            [(SegmentFile(0, ".log"), 2L * BatchSize), (SegmentFile(4, ".log"), 2L * BatchSize), (SegmentFile(8, ".log"), 2L * BatchSize)],
            LogFiles());
        Assert.Equal(TestBatches.Records(0, 12), log.ReadAllRecords());
        Assert.Equal(TestBatches.Records(0, 12), Reopen(log).ReadAllRecords());
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void Append_GroupOfOnlyInvalidBatches_ChangesNothing()
    {
        var log = Open();
        log.AppendRecords(2);
        var files = Files();

        var results = log.Append([TestBatches.Damaged(BatchDamage.Empty), TestBatches.Damaged(BatchDamage.Truncated)]);

        Assert.Equal(
            [RecordBatchError.NotProducible, RecordBatchError.Truncated],
            results.Select(result => Assert.IsType<InvalidRecordBatchException>(result.Error).Reason));
        Assert.Equal(2, log.LogEndOffset);
        Assert.Equal(files, Files());
    }

    [Fact]
    public void Append_EmptyGroup_ReturnsNoResults()
    {
        var log = Open();

        Assert.Empty(log.Append([]));
        Assert.Equal(0, log.LogEndOffset);
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogGroupAppendTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogGroupAppendTests(new AzureBlobBackend(azurite));
}
