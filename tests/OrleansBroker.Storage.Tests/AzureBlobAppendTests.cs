using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Appending to append blobs: a group of batches goes to storage as one AppendBlock call, a group of more than 4 MiB
/// as several that each hold whole batches, and a single buffer of more than 4 MiB as full 4 MiB blocks; index entries
/// stay in memory until a flush or a roll; a read of the newest batches needs no storage call.
/// </summary>
public sealed class AzureBlobAppendTests(AzuriteEmulator azurite) : AzureBlobTestBase(new AzureBlobBackend(azurite))
{
    private const int MiB = 1024 * 1024;

    [Fact]
    public void Append_GroupOfBatches_IsOneAppendBlockCall()
    {
        var log = Open();
        log.AppendRecords(1);
        Blob.Requests.Clear();

        var results = log.Append([.. Enumerable.Range(0, 10).Select(i => (Memory<byte>)TestBatches.Build(1 + (3L * i), 3))]);

        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal([("PUT", SegmentFile(0, ".log"), "appendblock", 10L * TestBatches.Size(3))], Blob.Requests.All.Select(r => (r.Method, r.Name, r.Operation, r.Bytes)));
        Assert.Equal(2, BlockCount(SegmentFile(0, ".log")));
        Assert.Equal(TestBatches.Records(0, 31), log.ReadAllRecords());
    }

    [Fact]
    public void Append_GroupOverFourMiB_IsCutIntoBlocksOfWholeBatches()
    {
        var log = Open();
        var records = Enumerable.Range(0, 5).Select(i => new StoredRecord(i, $"key-{i}", new string((char)('a' + i), 1_000_000), TestBatches.StartTime)).ToList();
        var batches = records.Select(record => TestBatches.Build([record])).ToList();
        var size = batches[0].Length;
        Blob.Requests.Clear();

        var results = log.Append([.. batches.Select(batch => (Memory<byte>)batch)]);

        Assert.All(results, result => Assert.Null(result.Error));
        Assert.True(4 * size <= 4 * MiB && 5 * size > 4 * MiB, $"Four batches of {size} bytes must fit a block and five must not.");
        Assert.Equal([4L * size, size], Blob.Requests.AppendBlocks.Select(request => request.Bytes));
        Assert.Equal(2, BlockCount(SegmentFile(0, ".log")));
        Assert.Equal(records, log.ReadAllRecords());
    }

    [Fact]
    public void Write_BufferOverFourMiB_IsCutIntoFullBlocks()
    {
        var big = new byte[(9 * MiB) + 5];
        new Random(20_251_124).NextBytes(big);
        byte[] small = [1, 2, 3];
        using var file = LogDirectory.Open("big.log", LogFileKind.Data);
        Blob.Requests.Clear();

        file.Write([big, small], 0);

        Assert.Equal([4L * MiB, 4L * MiB, MiB + 5 + 3], Blob.Requests.AppendBlocks.Select(request => request.Bytes));
        Assert.Equal((3, big.Length + 3L), (BlockCount("big.log"), file.Length));
        Assert.Equal([.. big, .. small], ReadFile("big.log"));
    }

    [Fact]
    public void Append_IndexEntries_ReachStorageAtAFlushOrARoll()
    {
        var batchSize = TestBatches.Size(2);
        var log = Open(new LogConfig { SegmentBytes = 3 * batchSize, IndexIntervalBytes = 0 });
        Blob.Requests.Clear();

        log.AppendBatches(3, 2);
        Assert.Equal(3, Blob.Requests.All.Count);
        Assert.Equal([(SegmentFile(0, ".index"), 0L), (SegmentFile(0, ".log"), 3L * batchSize), (SegmentFile(0, ".timeindex"), 0L)], Files());

        log.AppendBatches(1, 2);
        Assert.Equal((16L, 12L), (Length(SegmentFile(0, ".index")), Length(SegmentFile(0, ".timeindex"))));

        log.AppendBatches(1, 2);
        Assert.Equal((0L, 0L), (Length(SegmentFile(6, ".index")), Length(SegmentFile(6, ".timeindex"))));
        log.Flush();
        Assert.Equal((8L, 12L), (Length(SegmentFile(6, ".index")), Length(SegmentFile(6, ".timeindex"))));
    }

    [Fact]
    public void Read_NewestBatches_NeedNoStorageCallButASealedSegmentOne()
    {
        var log = Open(new LogConfig { SegmentBytes = 3 * TestBatches.Size(2) });
        log.AppendBatches(4, 2);
        Blob.Requests.Clear();

        Assert.Equal(TestBatches.Records(6, 2), LogTestExtensions.Records(log.Read(6, int.MaxValue).Records));
        Assert.Empty(Blob.Requests.All);

        Assert.Equal(TestBatches.Records(0, 6), LogTestExtensions.Records(log.Read(0, int.MaxValue).Records));
        Assert.Equal([("GET", SegmentFile(0, ".log"))], Blob.Requests.All.Select(r => (r.Method, r.Name)));
    }

    private long Length(string name) => Files().Single(file => file.Name == name).Length;
}
