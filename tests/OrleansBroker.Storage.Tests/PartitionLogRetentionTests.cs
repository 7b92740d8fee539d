namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Retention: sealed segments whose newest record is more than retention.ms older than the log's clock are deleted,
/// then the oldest while the log stays at least retention.bytes; the active segment is never deleted. The log start
/// offset advances to the first remaining segment (and stays there after a reopen), reads below it fail with
/// OffsetOutOfRange, and the deleted segments' files are gone. Each batch here fills a segment of its own.
/// </summary>
public abstract class PartitionLogRetentionTests(LogBackend backend) : LogTestBase(backend)
{
    private const long RetentionMs = 60_000;
    private static readonly int BatchSize = TestBatches.Size(2);

    [Fact]
    public void ApplyRetention_SegmentsOlderThanRetentionMs_AreDeletedOldestFirstButNeverTheActive()
    {
        var log = Open(new LogConfig { SegmentBytes = BatchSize, RetentionMs = RetentionMs });
        for (var i = 0; i < 4; i++)
        {
            log.AppendRecords(2, Now);
            Time.Advance(TimeSpan.FromSeconds(10));
        }

        Time.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(TestBatches.StartTime + 10_000 + RetentionMs));
        Assert.Equal((1, 2L), (log.ApplyRetention(), log.LogStartOffset));

        Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal((1, 4L), (log.ApplyRetention(), log.LogStartOffset));

        Time.Advance(TimeSpan.FromDays(365));
        Assert.Equal((1, 6L), (log.ApplyRetention(), log.LogStartOffset));
        Assert.Equal((0, 1, 8L), (log.ApplyRetention(), log.SegmentCount, log.LogEndOffset));
        Assert.Equal([SegmentFile(6, ".index"), SegmentFile(6, ".log"), SegmentFile(6, ".timeindex")], Files().Select(file => file.Name));
        Assert.Equal(["DeletedSegment", "DeletedSegment", "DeletedSegment"], Logger.Events);
        Assert.Equal(TestBatches.Records(6, 2, TestBatches.StartTime + 30_000), log.ReadAllRecords());
        log.AssertReadOutOfRange(5);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 4)]
    [InlineData(111, 4)]
    [InlineData(222, 3)]
    [InlineData(250, 2)]
    [InlineData(333, 2)]
    [InlineData(334, 1)]
    [InlineData(555, 0)]
    public void ApplyRetention_RetentionBytes_DeletesOldestWhileTheLogStaysAtLeastThatBig(long retentionBytes, int expectedDeleted)
    {
        var log = Open(new LogConfig { SegmentBytes = BatchSize, RetentionBytes = retentionBytes });
        log.AppendBatches(5, 2);

        var deleted = log.ApplyRetention();

        Assert.Equal(111, BatchSize);
        Assert.Equal((expectedDeleted, 5 - expectedDeleted, 2L * expectedDeleted), (deleted, log.SegmentCount, log.LogStartOffset));
        Assert.Equal((5L - expectedDeleted) * BatchSize, log.SizeInBytes);
        Assert.Equal(TestBatches.Records(2L * expectedDeleted, 10 - (2 * expectedDeleted)), log.ReadAllRecords());
        Assert.Equal(5 - expectedDeleted, LogFiles().Count);
    }

    [Fact]
    public void ApplyRetention_Unlimited_DeletesNothing()
    {
        var log = Open(new LogConfig { SegmentBytes = BatchSize, RetentionMs = -1, RetentionBytes = -1 });
        log.AppendBatches(3, 2);

        Time.Advance(TimeSpan.FromDays(36_500));

        Assert.Equal((0, 3, 0L), (log.ApplyRetention(), log.SegmentCount, log.LogStartOffset));
    }

    [Fact]
    public void Reopen_AfterRetention_KeepsTheNewLogStartAndReadsBelowItFail()
    {
        var log = Open(new LogConfig { SegmentBytes = BatchSize, RetentionBytes = 2L * BatchSize });
        log.AppendBatches(5, 2);
        Assert.Equal(3, log.ApplyRetention());

        log = Reopen(log);

        Assert.Equal((6L, 10L, 2), (log.LogStartOffset, log.LogEndOffset, log.SegmentCount));
        Assert.Equal(TestBatches.Records(6, 4), log.ReadAllRecords());
        log.AssertReadOutOfRange(0);
        log.AssertReadOutOfRange(5);
        Assert.Equal(0, log.Read(10, int.MaxValue).Records.Length);
        log.AssertReadOutOfRange(11);
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogRetentionTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogRetentionTests(new AzureBlobBackend(azurite));
}
