using OrleansBroker.Storage.AzureBlob;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// The block limit of append blobs, shrunk here to four blocks of at most two batches: the log rolls a new segment
/// before a write could take a .log blob past it (counting the most blocks the write could need), and an index whose
/// next flush would pass it is rewritten into fewer blocks first. Batches hold two records each.
/// </summary>
public sealed class AzureBlobBlockLimitTests(AzuriteEmulator azurite)
    : AzureBlobTestBase(new AzureBlobBackend(azurite, AppendBlobLimits.Azure with { MaxBlockBytes = 2 * BatchSize, MaxBlocks = 4 }))
{
    private static readonly int BatchSize = TestBatches.Size(2);

    [Fact]
    public void Append_OneBatchAtATime_RollsAtTheBlockLimit()
    {
        var log = Open();

        log.AppendBatches(10, 2);

        Assert.Equal([(SegmentFile(0, ".log"), 4L * BatchSize), (SegmentFile(8, ".log"), 4L * BatchSize), (SegmentFile(16, ".log"), 2L * BatchSize)], LogFiles());
        Assert.Equal([4, 4, 2], LogFiles().Select(file => BlockCount(file.Name)));
        Assert.Equal(TestBatches.Records(0, 20), log.ReadAllRecords());
        Assert.Equal(TestBatches.Records(0, 20), Reopen(log).ReadAllRecords());
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void Append_GroupThatMightNotFitTheBlocksLeft_RollsBeforeItsLastBatch()
    {
        var log = Open();
        log.AppendBatches(3, 2);

        var results = log.Append([.. Enumerable.Range(3, 3).Select(i => (Memory<byte>)TestBatches.Build(2L * i, 2))]);

        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal([(SegmentFile(0, ".log"), 5L * BatchSize), (SegmentFile(10, ".log"), BatchSize)], LogFiles());
        Assert.Equal([4, 1], LogFiles().Select(file => BlockCount(file.Name)));
        Assert.Equal(TestBatches.Records(0, 12), log.ReadAllRecords());
    }

    [Fact]
    public void Flush_IndexAtTheBlockLimit_RewritesItIntoFewerBlocksFirst()
    {
        var entries = Enumerable.Range(1, 6).Select(i => Enumerable.Repeat((byte)i, 8).ToArray()).ToList();
        using (var index = LogDirectory.Open("x.index", LogFileKind.Index))
        {
            foreach (var entry in entries)
            {
                index.Write([entry], index.Length);
                index.Flush();
            }
        }

        Assert.Equal(entries.SelectMany(entry => entry), ReadFile("x.index"));
        Assert.Equal(3, BlockCount("x.index"));
    }
}
