namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Opening a log whose files were damaged outside the engine: a deleted or garbage .index/.timeindex, of a sealed or
/// the active segment, is detected and rebuilt byte for byte, so reads and offset-for-timestamp answers do not change
/// and the next open needs no repair; trailing garbage after the last batch is truncated; index files left without
/// their .log are removed. The log has six four-record batches with non-monotonic timestamps, three per segment, and
/// index.interval.bytes 0 so every batch after a segment's first is indexed.
/// </summary>
public abstract class PartitionLogIndexRecoveryTests(LogBackend backend) : LogTestBase(backend)
{
    private static readonly long[] BatchTimestamps = [5, 1, 3, 9, 2, 4];
    private static readonly int BatchSize = TestBatches.Size(4);

    [Theory]
    [InlineData(0, ".index")]
    [InlineData(0, ".timeindex")]
    [InlineData(12, ".index")]
    [InlineData(12, ".timeindex")]
    public void Reopen_IndexFileDeleted_RebuildsItByteForByte(long baseOffset, string suffix)
    {
        var log = WriteLog();
        var before = Observe(log);
        log.Dispose();
        var original = ReadFile(SegmentFile(baseOffset, suffix));

        LogDirectory.Delete(SegmentFile(baseOffset, suffix));

        AssertRebuilt(log.Config, before, SegmentFile(baseOffset, suffix), original);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void Reopen_GarbageOffsetIndex_IsDetectedAndRebuiltByteForByte(long baseOffset)
    {
        var log = WriteLog();
        var before = Observe(log);
        log.Dispose();
        var original = ReadFile(SegmentFile(baseOffset, ".index"));

        var garbage = new byte[original.Length + 40];
        new Random(20_251_124).NextBytes(garbage);
        WriteFile(SegmentFile(baseOffset, ".index"), garbage);

        AssertRebuilt(log.Config, before, SegmentFile(baseOffset, ".index"), original);
    }

    [Theory]
    [InlineData(1, 0x00)]
    [InlineData(60, 0x00)]
    [InlineData(61, 0x00)]
    [InlineData(61, 0x02)]
    [InlineData(500, 0xA5)]
    public void Reopen_TrailingGarbageAfterTheLastBatch_IsTruncated(int garbageLength, byte garbageByte)
    {
        var log = WriteLog();
        log.Dispose();
        var activeLog = SegmentFile(12, ".log");
        AppendToFile(activeLog, Enumerable.Repeat(garbageByte, garbageLength).ToArray());

        log = Open(log.Config);

        Assert.Equal((24L, 3L * BatchSize), (log.LogEndOffset, Files().Single(file => file.Name == activeLog).Length));
        Assert.Equal(["TruncatedTornTail"], Logger.Events);
        Assert.Equal(new AppendInfo(24, 27, -1, Now), log.AppendRecords(4, Now));
        Assert.Equal(TestBatches.Records(24, 4, Now), Reopen(log).ReadAllRecords(from: 24));
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void Open_IndexFilesWithoutTheirLog_AreRemoved()
    {
        var log = WriteLog();
        var before = Observe(log);
        log.Dispose();

        LogDirectory.Delete(SegmentFile(0, ".log"));
        log = Open(log.Config);

        Assert.Equal(["RemovedOrphan", "RemovedOrphan"], Logger.Events);
        Assert.Equal([SegmentFile(12, ".index"), SegmentFile(12, ".log"), SegmentFile(12, ".timeindex")], Files().Select(file => file.Name));
        Assert.Equal((12L, 24L), (log.LogStartOffset, log.LogEndOffset));
        Assert.Equal(before.Records.Where(record => record.Offset >= 12), log.ReadAllRecords());
    }

    private PartitionLog WriteLog()
    {
        var log = Open(new LogConfig { SegmentBytes = 3 * BatchSize, IndexIntervalBytes = 0 });
        foreach (var timestamp in BatchTimestamps)
        {
            log.AppendRecords(4, TestBatches.StartTime + timestamp);
        }

        Assert.Equal(new TimestampOffset(TestBatches.StartTime + 9, 12), log.OffsetForTimestamp(TestBatches.StartTime + 6));
        return log;
    }

    /// <summary>Everything a reader can see: all records, each offset's one-batch read, and offset-for-timestamp answers.</summary>
    private static Observation Observe(PartitionLog log) => new(
        log.ReadAllRecords(),
        [.. Enumerable.Range(0, 24).Select(offset => Convert.ToHexString(log.Read(offset, 1).Records.Span))],
        [.. Enumerable.Range(-1, 12).Select(timestamp => log.OffsetForTimestamp(TestBatches.StartTime + timestamp))]);

    private void AssertRebuilt(LogConfig config, Observation before, string file, byte[] original)
    {
        var log = Open(config);

        Assert.Contains("RebuildingIndexes", Logger.Events);
        Assert.Equal(original, ReadFile(file));
        AssertSame(before, Observe(log));

        log = Reopen(log);
        Assert.Empty(Logger.Events);
        AssertSame(before, Observe(log));
    }

    private static void AssertSame(Observation expected, Observation actual)
    {
        Assert.Equal(expected.Records, actual.Records);
        Assert.Equal(expected.Reads, actual.Reads);
        Assert.Equal(expected.Answers, actual.Answers);
    }

    private sealed record Observation(List<StoredRecord> Records, List<string> Reads, List<TimestampOffset?> Answers);

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogIndexRecoveryTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogIndexRecoveryTests(new AzureBlobBackend(azurite));
}
