namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Reading the tail's batch headers (what a partition rebuilds its idempotent producers from): oldest first, at least
/// the asked-for bytes back from the end, across segment rolls, starting at the nearest indexed batch before that
/// point (so a sparse index reads more), the whole log when it is smaller, and nothing for an empty log.
/// </summary>
public abstract class PartitionLogTailHeadersTests(LogBackend backend) : LogTestBase(backend)
{
    private const int RecordsPerBatch = 3;
    private const int BatchesPerSegment = 3;
    private static readonly int BatchSize = TestBatches.Size(RecordsPerBatch);

    [Theory]
    [InlineData(0, 1, new long[] { 24 })]
    [InlineData(0, 4, new long[] { 15, 18, 21, 24 })]
    [InlineData(0, 100, new long[] { 0, 3, 6, 9, 12, 15, 18, 21, 24 })]
    [InlineData(1_000_000, 1, new long[] { 18, 21, 24 })]
    [InlineData(1_000_000, 4, new long[] { 9, 12, 15, 18, 21, 24 })]
    public void ReadTailHeaders_NineBatchesInThreeSegments_FromTheIndexedBatchBeforeTheBudget(int indexIntervalBytes, int batchesOfBytes, long[] baseOffsets)
    {
        var log = Open(new LogConfig { SegmentBytes = BatchesPerSegment * BatchSize, IndexIntervalBytes = indexIntervalBytes });
        log.AppendBatches(9, RecordsPerBatch);

        var headers = log.ReadTailHeaders(batchesOfBytes * BatchSize);

        Assert.Equal(baseOffsets, headers.Select(header => header.BaseOffset));
        Assert.All(headers, header => Assert.Equal(RecordsPerBatch, header.RecordCount));
    }

    [Fact]
    public void ReadTailHeaders_EmptyLog_ReturnsNone() =>
        Assert.Empty(Open().ReadTailHeaders(1024));

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogTailHeadersTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogTailHeadersTests(new AzureBlobBackend(azurite));
}
