using Azure.Storage.Blobs.Models;
using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// What a crash leaves in blob storage and how the log copes: bytes of a batch cut short (only a batch larger than a
/// block can be) are cut off on reopen, leaving the records before them intact; a whole batch whose AppendBlock
/// succeeded but whose answer never came is kept; retention deletes the blobs of whole segments, and a deleted file
/// stays readable until it is closed. The log has five four-record batches, three per segment (segments 0 and 12).
/// </summary>
public sealed class AzureBlobRecoveryTests(AzuriteEmulator azurite) : AzureBlobTestBase(new AzureBlobBackend(azurite))
{
    private static readonly int BatchSize = TestBatches.Size(4);
    private static readonly string ActiveLog = SegmentFile(12, ".log");

    [Fact]
    public void Reopen_PartOfABatchAppendedBeforeACrash_IsCutOffAndTheRecordsBeforeItStay()
    {
        var config = WriteLogAndClose();
        var torn = NextBatch();
        AppendBlobOf(ActiveLog).AppendBlock(new MemoryStream(torn, 0, torn.Length / 2), new AppendBlobAppendBlockOptions(), TestContext.Current.CancellationToken);

        var log = Open(config);

        Assert.Equal((20L, 2), (log.LogEndOffset, log.SegmentCount));
        Assert.Equal(["TruncatedTornTail"], Logger.Events);
        Assert.Equal(2L * BatchSize, LogFiles().Single(file => file.Name == ActiveLog).Length);
        Assert.Equal(TestBatches.Records(0, 20), log.ReadAllRecords());
        Assert.Equal(new AppendInfo(20, 23, -1, TestBatches.StartTime), log.AppendRecords(4));
        Assert.Equal(TestBatches.Records(0, 24), Reopen(log).ReadAllRecords());
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void Reopen_WholeBatchAppendedBeforeACrash_IsKept()
    {
        var config = WriteLogAndClose();
        AppendBlobOf(ActiveLog).AppendBlock(new MemoryStream(NextBatch()), new AppendBlobAppendBlockOptions(), TestContext.Current.CancellationToken);

        var log = Open(config);

        Assert.Equal((24L, 2), (log.LogEndOffset, log.SegmentCount));
        Assert.Empty(Logger.Events);
        Assert.Equal(TestBatches.Records(0, 24), log.ReadAllRecords());
    }

    [Fact]
    public void ApplyRetention_DeletesTheBlobsOfWholeSegments()
    {
        var batchSize = TestBatches.Size(2);
        var log = Open(new LogConfig { SegmentBytes = batchSize, RetentionBytes = 2L * batchSize });
        log.AppendBatches(5, 2);

        Assert.Equal(3, log.ApplyRetention());

        Assert.Equal(
            [.. new[] { 6L, 8L }.SelectMany(offset => new[] { ".index", ".log", ".timeindex" }.Select(suffix => $"topic-1/{SegmentFile(offset, suffix)}"))],
            Blob.Container.GetBlobs(cancellationToken: TestContext.Current.CancellationToken).Select(blob => blob.Name));
    }

    [Fact]
    public void Delete_OfAnOpenFile_TakesEffectWhenItIsClosed()
    {
        byte[] content = [1, 2, 3, 4];
        var file = LogDirectory.Open("x.log", LogFileKind.Data);
        file.Write([content], 0);

        file.Delete();
        var read = new byte[4];
        Assert.Equal(4, file.Read(read, 0));
        Assert.Equal(content, read);
        Assert.Equal(["x.log"], LogDirectory.ListFiles());
        file.Dispose();

        Assert.Empty(LogDirectory.ListFiles());
    }

    /// <summary>Writes five batches, closes the log and returns its config.</summary>
    private LogConfig WriteLogAndClose()
    {
        var log = Open(new LogConfig { SegmentBytes = 3 * BatchSize });
        log.AppendBatches(5, 4);
        log.Dispose();
        return log.Config;
    }

    /// <summary>The batch the log would append next, offsets 20-23, as stored.</summary>
    private static byte[] NextBatch()
    {
        var batch = TestBatches.Build(20, 4);
        RecordBatchStamp.SetBaseOffset(batch, 20);
        return batch;
    }
}
