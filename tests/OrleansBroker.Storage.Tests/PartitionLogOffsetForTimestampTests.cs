using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// OffsetForTimestamp answers with the first record, in offset order, whose timestamp is at or after the query and
/// whose offset is at or after the log start offset, or null when there is none. Checked for queries before, between,
/// equal to and after the records, with create times that go backwards, with one segment and with a segment per batch,
/// sparse and dense indexes, after a reopen, after DeleteRecordsBefore, and under log-append time.
/// </summary>
public abstract class PartitionLogOffsetForTimestampTests(LogBackend backend) : LogTestBase(backend)
{
    private static readonly long[][] BatchTimestamps = [[1000, 1010, 1020], [1020, 1030], [1100, 1050, 1200], [1150]];

    private static readonly (long Query, TimestampOffset? Answer)[] WholeLogAnswers =
    [
        (long.MinValue, new(1000, 0)), (0, new(1000, 0)), (1000, new(1000, 0)), (1001, new(1010, 1)), (1015, new(1020, 2)),
        (1020, new(1020, 2)), (1021, new(1030, 4)), (1031, new(1100, 5)), (1050, new(1100, 5)), (1100, new(1100, 5)),
        (1101, new(1200, 7)), (1150, new(1200, 7)), (1200, new(1200, 7)), (1201, null), (long.MaxValue, null),
    ];

    [Theory]
    [InlineData(14, 0)]
    [InlineData(14, 4096)]
    [InlineData(1_000_000, 0)]
    [InlineData(1_000_000, 4096)]
    public void OffsetForTimestamp_AnyQuery_ReturnsTheFirstRecordAtOrAfterIt(int segmentBytes, int indexIntervalBytes)
    {
        var log = OpenWithRecords(new LogConfig { SegmentBytes = segmentBytes, IndexIntervalBytes = indexIntervalBytes });

        AssertAnswers(log, WholeLogAnswers);
        AssertAnswers(Reopen(log), WholeLogAnswers);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(1_000_000)]
    public void OffsetForTimestamp_AfterDeleteRecordsBefore_SkipsDeletedRecords(int segmentBytes)
    {
        var log = OpenWithRecords(new LogConfig { SegmentBytes = segmentBytes, IndexIntervalBytes = 0 });

        log.DeleteRecordsBefore(4);
        AssertAnswers(log, [(0, new(1030, 4)), (1020, new(1030, 4)), (1031, new(1100, 5)), (1201, null)]);

        log.DeleteRecordsBefore(6);
        AssertAnswers(log, [(0, new(1050, 6)), (1060, new(1200, 7)), (1150, new(1200, 7))]);

        log.DeleteRecordsBefore(8);
        AssertAnswers(Reopen(log), [(0, new(1150, 8)), (1150, new(1150, 8)), (1151, null)]);
    }

    [Fact]
    public void OffsetForTimestamp_LogAppendTime_FindsBatchesByTheBrokerClock()
    {
        var log = Open(new LogConfig { TimestampType = TimestampType.LogAppendTime, SegmentBytes = 14 });
        for (var i = 0; i < 3; i++)
        {
            log.AppendRecords(2, timestamp: 5);
            Time.Advance(TimeSpan.FromMilliseconds(10));
        }

        var start = TestBatches.StartTime;
        AssertAnswers(log, [(5, new(start, 0)), (start, new(start, 0)), (start + 1, new(start + 10, 2)), (start + 20, new(start + 20, 4)), (start + 21, null)]);
    }

    [Fact]
    public void OffsetForTimestamp_EmptyLog_ReturnsNull() => Assert.Null(Open().OffsetForTimestamp(0));

    private PartitionLog OpenWithRecords(LogConfig config)
    {
        var log = Open(config);
        foreach (var timestamps in BatchTimestamps)
        {
            var first = log.LogEndOffset;
            log.Append(TestBatches.Build(timestamps.Select((timestamp, i) => TestBatches.Record(first + i, timestamp))));
        }

        Assert.Equal(9, log.LogEndOffset);
        return log;
    }

    private static void AssertAnswers(PartitionLog log, (long Query, TimestampOffset? Answer)[] expected) =>
        Assert.Equal(expected, expected.Select(row => (row.Query, log.OffsetForTimestamp(row.Query))));

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogOffsetForTimestampTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogOffsetForTimestampTests(new AzureBlobBackend(azurite));
}
