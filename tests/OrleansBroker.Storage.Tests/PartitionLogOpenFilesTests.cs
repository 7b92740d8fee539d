namespace OrleansBroker.Storage.Tests;

/// <summary>
/// File handles of a log on local disk, which bound how many partitions one silo can hold: an open log keeps one
/// handle, its active segment's .log (sealed segments' files and all indexes are opened only while used), and closing
/// it releases it. A crash (the process
/// killed, so what the operating system holds survives but the indexes' held-back entries do not) leaves the active
/// segment's index behind its .log; opening a copy taken at that moment recovers every record and rebuilds the index
/// byte for byte. The log holds four-record batches, three per segment, every batch after a segment's first indexed.
/// </summary>
public sealed class PartitionLogOpenFilesTests : FileLogTestBase
{
    private static readonly int BatchSize = TestBatches.Size(4);
    private static readonly LogConfig Config = new() { SegmentBytes = 3 * BatchSize, IndexIntervalBytes = 0 };

    [Fact]
    public void Open_LogOfTwoSegments_HoldsOnlyTheActiveLogFileOpen()
    {
        var log = Open(Config);
        log.AppendBatches(5, 4);

        Assert.Equal([SegmentFile(12, ".log")], OpenHandles.In(DirectoryPath));

        log = Reopen(log);
        Assert.Equal([SegmentFile(12, ".log")], OpenHandles.In(DirectoryPath));
        Assert.Equal(TestBatches.Records(0, 20), log.ReadAllRecords());
        Assert.Equal([SegmentFile(12, ".log")], OpenHandles.In(DirectoryPath));

        log.Dispose();
        Assert.Empty(OpenHandles.In(DirectoryPath));
    }

    [Fact]
    public void Reopen_AfterACrashWithTheIndexTailHeldBack_RecoversAndRebuildsIt()
    {
        var log = Open(Config);
        log.AppendBatches(5, 4);
        var crashed = Directory.CreateDirectory(((Backends.FileLogDirectory)Backend.CreateDirectory()).Path).FullName;
        TempDirectory.CopyFiles(DirectoryPath, crashed);
        log.Dispose();
        Assert.Equal(0, new FileInfo(Path.Combine(crashed, SegmentFile(12, ".index"))).Length);

        var recovered = Open(Config, new Backends.FileLogDirectory(crashed));

        Assert.Equal((20L, 2), (recovered.LogEndOffset, recovered.SegmentCount));
        Assert.Equal(TestBatches.Records(0, 20), recovered.ReadAllRecords());
        Assert.Empty(Logger.Events);
        recovered.Dispose();
        Assert.Equal(File.ReadAllBytes(PathOf(SegmentFile(12, ".index"))), File.ReadAllBytes(Path.Combine(crashed, SegmentFile(12, ".index"))));
        Assert.Equal(File.ReadAllBytes(PathOf(SegmentFile(12, ".timeindex"))), File.ReadAllBytes(Path.Combine(crashed, SegmentFile(12, ".timeindex"))));
    }
}
