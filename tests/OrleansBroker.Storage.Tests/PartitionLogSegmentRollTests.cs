namespace OrleansBroker.Storage.Tests;

/// <summary>
/// When the active segment is rolled: once the next batch would take it past segment.bytes (a batch larger than
/// segment.bytes still goes into an empty segment), and once its first batch is segment.ms old by the log's clock,
/// counted from the first batch's timestamp even across a reopen.
/// </summary>
public abstract class PartitionLogSegmentRollTests(LogBackend backend) : LogTestBase(backend)
{
    private const long SegmentMs = 60_000;
    private static readonly int BatchSize = TestBatches.Size(2);

    [Fact]
    public void Append_BatchWouldPassSegmentBytes_RollsBeforeIt()
    {
        var log = Open(new LogConfig { SegmentBytes = (2 * BatchSize) + 1 });

        log.AppendBatches(2, 2);
        Assert.Equal(1, log.SegmentCount);
        log.AppendBatches(1, 2);

        Assert.Equal(2, log.SegmentCount);
        Assert.Equal([(SegmentFile(0, ".log"), 2L * BatchSize), (SegmentFile(4, ".log"), BatchSize)], LogFiles());
    }

    [Fact]
    public void Append_BatchLargerThanSegmentBytes_FillsAnEmptySegmentAlone()
    {
        var log = Open(new LogConfig { SegmentBytes = 100 });

        log.AppendBatches(3, 2);

        Assert.Equal([(SegmentFile(0, ".log"), BatchSize), (SegmentFile(2, ".log"), BatchSize), (SegmentFile(4, ".log"), BatchSize)], LogFiles());
        Assert.Equal(TestBatches.Records(0, 6), log.ReadAllRecords());
    }

    [Fact]
    public void Append_SegmentMsElapsed_RollsANewSegment()
    {
        var log = Open(new LogConfig { SegmentMs = SegmentMs });
        log.AppendRecords(2, Now);

        Time.Advance(TimeSpan.FromMilliseconds(SegmentMs - 1));
        log.AppendRecords(2, Now);
        Assert.Equal(1, log.SegmentCount);

        Time.Advance(TimeSpan.FromMilliseconds(1));
        log.AppendRecords(2, Now);

        Assert.Equal([(SegmentFile(0, ".log"), 2L * BatchSize), (SegmentFile(4, ".log"), BatchSize)], LogFiles());
        Assert.Equal(
            [.. TestBatches.Records(0, 2), .. TestBatches.Records(2, 2, TestBatches.StartTime + SegmentMs - 1), .. TestBatches.Records(4, 2, TestBatches.StartTime + SegmentMs)],
            log.ReadAllRecords());
    }

    [Fact]
    public void Append_SegmentMsElapsedAcrossReopen_CountsFromTheFirstBatch()
    {
        var log = Open(new LogConfig { SegmentMs = SegmentMs });
        log.AppendRecords(2, Now);
        Time.Advance(TimeSpan.FromMilliseconds(SegmentMs / 2));
        log.AppendRecords(2, Now);

        log = Reopen(log);
        Time.Advance(TimeSpan.FromMilliseconds(SegmentMs / 2));
        log.AppendRecords(2, Now);

        Assert.Equal([(SegmentFile(0, ".log"), 2L * BatchSize), (SegmentFile(4, ".log"), BatchSize)], LogFiles());
    }

    [Fact]
    public void Append_EmptyActiveSegmentOlderThanSegmentMs_DoesNotRoll()
    {
        var log = Open(new LogConfig { SegmentMs = SegmentMs });

        Time.Advance(TimeSpan.FromMilliseconds(SegmentMs * 10));
        log.AppendRecords(2, Now);

        Assert.Equal(1, log.SegmentCount);
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogSegmentRollTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogSegmentRollTests(new AzureBlobBackend(azurite));
}
