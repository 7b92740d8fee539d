namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Appending and reading across segment rolls: offsets are consecutive, and a read returns whole batches as they were
/// stored, starting with the batch that holds the requested offset, at least one batch however small maxBytes is, no
/// more than fit in maxBytes (all of them when every batch is indexed, or when the rest of the segment fits), and
/// never past the end of that batch's segment, whatever index.interval.bytes is. Reads at the log end are empty and
/// reads outside the log fail with OffsetOutOfRange.
/// </summary>
public abstract class PartitionLogReadTests(LogBackend backend) : LogTestBase(backend)
{
    private const int RecordsPerBatch = 3;
    private const int BatchesPerSegment = 3;
    private const int BatchCount = 9;
    private static readonly int BatchSize = TestBatches.Size(RecordsPerBatch);

    [Fact]
    public void Append_AcrossSegmentRolls_AssignsConsecutiveOffsetsAndReadsEveryRecordBack()
    {
        var log = OpenThreeBatchSegments(indexIntervalBytes: 4096);

        var infos = Enumerable.Range(0, BatchCount).Select(_ => log.AppendRecords(RecordsPerBatch)).ToList();

        Assert.Equal(Enumerable.Range(0, BatchCount).Select(i => new AppendInfo(3L * i, (3L * i) + 2, -1, TestBatches.StartTime)), infos);
        Assert.Equal((0L, 27L, 27L, 3, 9L * BatchSize), (log.LogStartOffset, log.LogEndOffset, log.HighWatermark, log.SegmentCount, log.SizeInBytes));
        Assert.Equal(TestBatches.Records(0, 27), log.ReadAllRecords());
        Assert.Equal(TestBatches.Records(0, 27), log.ReadAllRecords(maxBytes: 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(136)]
    [InlineData(1_000_000)]
    public void Read_EveryOffsetAndMaxBytes_ReturnsWholeBatchesFromTheContainingOneWithinItsSegment(int indexIntervalBytes)
    {
        var log = OpenThreeBatchSegments(indexIntervalBytes);
        var stored = log.AppendBatches(BatchCount, RecordsPerBatch);
        int[] maxBytesValues = [-1, 0, 1, BatchSize - 1, BatchSize, BatchSize + 1, 2 * BatchSize, (3 * BatchSize) - 1, int.MaxValue];

        for (var offset = 0L; offset < 27; offset++)
        {
            var first = (int)(offset / RecordsPerBatch);
            var segmentEnd = ((first / BatchesPerSegment) + 1) * BatchesPerSegment;
            foreach (var maxBytes in maxBytesValues)
            {
                var restOfSegment = segmentEnd - first;
                var fit = Math.Min(restOfSegment, Math.Max(1, maxBytes / BatchSize));

                var fetched = log.Read(offset, maxBytes);

                // Up to maxBytes: all that fit when every batch is indexed or the rest of the segment fits, else at least one.
                var count = LogTestExtensions.Batches(fetched.Records).Count;
                var expectedCount = indexIntervalBytes == 0 || fit == restOfSegment ? fit : Math.Clamp(count, 1, fit);
                var expected = stored.Skip(first).Take(expectedCount).SelectMany(batch => batch).ToArray();
                Assert.Equal((offset, maxBytes, Convert.ToHexString(expected)), (offset, maxBytes, Convert.ToHexString(fetched.Records.Span)));
                Assert.Equal((27L, 0L), (fetched.HighWatermark, fetched.LogStartOffset));
            }
        }
    }

    [Fact]
    public void Read_BatchLargerThanMaxBytes_ReturnsThatWholeBatchOnly()
    {
        var log = Open();
        var small = log.AppendBatches(1, 3)[0];
        var large = log.AppendBatches(1, 40)[0];

        Assert.Equal(small, log.Read(0, 100).Records.ToArray());
        Assert.Equal(large, log.Read(23, 100).Records.ToArray());
        Assert.Equal(large, log.Read(42, large.Length - 1).Records.ToArray());
        Assert.Equal(1061, large.Length);
    }

    [Fact]
    public void Read_AtLogEnd_ReturnsNoRecords()
    {
        var log = OpenThreeBatchSegments(indexIntervalBytes: 4096);
        log.AppendBatches(BatchCount, RecordsPerBatch);

        var fetched = log.Read(27, int.MaxValue);

        Assert.Equal((0, 27L, 0L), (fetched.Records.Length, fetched.HighWatermark, fetched.LogStartOffset));
    }

    [Fact]
    public void Read_EmptyLogAtOffsetZero_ReturnsNoRecords()
    {
        var log = Open();

        var fetched = log.Read(0, int.MaxValue);

        Assert.Equal((0, 0L, 0L), (fetched.Records.Length, fetched.HighWatermark, fetched.LogStartOffset));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    [InlineData(long.MaxValue)]
    public void Read_OutsideTheLog_ThrowsOffsetOutOfRange(long offset)
    {
        var log = OpenThreeBatchSegments(indexIntervalBytes: 4096);
        log.AppendBatches(BatchCount, RecordsPerBatch);

        log.AssertReadOutOfRange(offset);
    }

    [Fact]
    public void Append_NullAndEmptyKeysAndValues_ReadBackExactly()
    {
        var log = Open();
        StoredRecord[] records =
        [
            new(0, null, "value", TestBatches.StartTime),
            new(1, string.Empty, null, TestBatches.StartTime + 1),
            new(2, "key", string.Empty, TestBatches.StartTime + 2),
            new(3, null, null, TestBatches.StartTime + 3),
        ];

        var info = log.Append(TestBatches.Build(records));

        Assert.Equal(new AppendInfo(0, 3, -1, TestBatches.StartTime + 3), info);
        Assert.Equal(records, log.ReadAllRecords());
    }

    private PartitionLog OpenThreeBatchSegments(int indexIntervalBytes) =>
        Open(new LogConfig { SegmentBytes = BatchesPerSegment * BatchSize, IndexIntervalBytes = indexIntervalBytes });

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogReadTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogReadTests(new AzureBlobBackend(azurite));
}
