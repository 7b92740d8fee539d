using System.Text;
using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// DeleteRecordsBefore, Kafka's DeleteRecords: the log start offset moves to the given offset (even inside a batch),
/// sealed segments wholly below it are deleted, the new start is persisted and survives a reopen, offsets at or below
/// the current start change nothing, and an offset past the high watermark is an OffsetOutOfRange error that changes
/// nothing. The log has six three-record batches, two per segment: segments at offsets 0, 6 and 12.
/// </summary>
public abstract class PartitionLogDeleteRecordsTests(LogBackend backend) : LogTestBase(backend)
{
    private static readonly int BatchSize = TestBatches.Size(3);

    [Fact]
    public void DeleteRecordsBefore_InsideABatch_MovesLogStartAndDeletesSegmentsWhollyBelow()
    {
        var log = OpenSixBatches();

        Assert.Equal(7, log.DeleteRecordsBefore(7));

        Assert.Equal((7L, 18L, 2), (log.LogStartOffset, log.LogEndOffset, log.SegmentCount));
        Assert.DoesNotContain(SegmentFile(0, ".log"), Files().Select(file => file.Name));
        log.AssertReadOutOfRange(6);
        var fetched = log.Read(7, 1);
        Assert.Equal((6L, 7L), (LogTestExtensions.Batches(fetched.Records)[0].BaseOffset, fetched.LogStartOffset));
        Assert.Equal(TestBatches.Records(7, 11), log.ReadAllRecords());
    }

    [Fact]
    public void DeleteRecordsBefore_SegmentBoundary_DeletesEverySegmentBelow()
    {
        var log = OpenSixBatches();

        Assert.Equal(12, log.DeleteRecordsBefore(12));

        Assert.Equal((12L, 1, 2L * BatchSize), (log.LogStartOffset, log.SegmentCount, log.SizeInBytes));
        Assert.Equal([SegmentFile(12, ".index"), SegmentFile(12, ".log"), SegmentFile(12, ".timeindex"), "log-start-offset"], Files().Select(file => file.Name));
    }

    [Fact]
    public void Reopen_AfterDeleteRecordsBefore_KeepsTheLogStart()
    {
        var log = OpenSixBatches();
        log.DeleteRecordsBefore(7);

        log = Reopen(log);

        Assert.Equal((7L, 18L, 2), (log.LogStartOffset, log.LogEndOffset, log.SegmentCount));
        Assert.Equal("7", Encoding.ASCII.GetString(ReadFile("log-start-offset")));
        log.AssertReadOutOfRange(6);
        Assert.Equal(TestBatches.Records(7, 11), log.ReadAllRecords());
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void DeleteRecordsBefore_PastHighWatermark_ThrowsOffsetOutOfRangeAndChangesNothing()
    {
        var log = OpenSixBatches();
        var files = Files();

        Assert.Equal(ErrorCode.OffsetOutOfRange, Assert.Throws<BrokerException>(() => log.DeleteRecordsBefore(19)).Code);

        Assert.Equal((0L, 18L, 3), (log.LogStartOffset, log.LogEndOffset, log.SegmentCount));
        Assert.Equal(files, Files());
    }

    [Fact]
    public void DeleteRecordsBefore_AtHighWatermark_LeavesNothingReadableAndAppendsContinue()
    {
        var log = OpenSixBatches();

        Assert.Equal(18, log.DeleteRecordsBefore(18));

        Assert.Equal((18L, 1), (log.LogStartOffset, log.SegmentCount));
        Assert.Equal(0, log.Read(18, int.MaxValue).Records.Length);
        log.AssertReadOutOfRange(17);
        Assert.Equal(new AppendInfo(18, 20, -1, TestBatches.StartTime), log.AppendRecords(3));
        Assert.Equal(TestBatches.Records(18, 3), Reopen(log).ReadAllRecords());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(5)]
    [InlineData(0)]
    [InlineData(-1)]
    public void DeleteRecordsBefore_AtOrBelowTheLogStart_ChangesNothing(long offset)
    {
        var log = OpenSixBatches();
        log.DeleteRecordsBefore(7);
        var files = Files();

        Assert.Equal(7, log.DeleteRecordsBefore(offset));

        Assert.Equal((7L, 2), (log.LogStartOffset, log.SegmentCount));
        Assert.Equal(files, Files());
    }

    private PartitionLog OpenSixBatches()
    {
        var log = Open(new LogConfig { SegmentBytes = 2 * BatchSize });
        log.AppendBatches(6, 3);
        return log;
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogDeleteRecordsTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogDeleteRecordsTests(new AzureBlobBackend(azurite));
}
