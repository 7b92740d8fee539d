using System.Text;
using OrleansBroker.Client.Producing;
using OrleansBroker.Client.Reading;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Reading;

/// <summary>
/// The partition reader: records come back as stored (key, value, headers, timestamp, null distinct from empty),
/// from the asked offset even inside a batch, cut at the record limit with a next offset that continues exactly,
/// gathered across segments; at the log end it waits for a record or answers empty; out-of-range offsets and
/// unknown partitions fail with the broker's error naming them; watermarks and offsets by time are the log's.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PartitionReaderTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    private PartitionReader Reader => field ??= new PartitionReader(Client);

    [Fact]
    public async Task ReadAsync_FromAnOffset_ReturnsTheRecordsAsStored()
    {
        var topic = await CreateTopicAsync("reader-fidelity");
        await using (var producer = new ProducerBuilder<byte[], byte[]>(Client).Build())
        {
            await producer.ProduceAsync(Partition(topic, 0), new Message<byte[], byte[]> { Value = [0] }, Cancellation);
            await producer.ProduceAsync(Partition(topic, 0), new Message<byte[], byte[]> { Key = [1, 2], Value = [], Timestamp = 1_600_000_000_123, Headers = [new("h", new byte[] { 9 }), new("none", null)] }, Cancellation);
            await producer.ProduceAsync(Partition(topic, 0), new Message<byte[], byte[]> { Key = [], Value = null, Timestamp = 42 }, Cancellation);
        }

        var read = await Reader.ReadAsync(Partition(topic, 0), 1, maxRecords: 10, cancellationToken: Cancellation);

        Assert.Equal(
            ["1: key 0102 value (empty) at 1600000000123 headers h=09 none=null", "2: key (empty) value null at 42 headers "],
            read.Records.Select(Describe));
        Assert.Equal((3L, 3L, 0L), (read.NextOffset, read.HighWatermark, read.LogStartOffset));
        Assert.All(read.Records, record => Assert.Equal((topic, 0), (record.Topic, record.Partition)));
    }

    [Fact]
    public async Task ReadAsync_MaxRecordsInsideABatch_StopsThereAndNextOffsetContinues()
    {
        var topic = await CreateTopicAsync("reader-limit");
        await ProduceOneBatchAsync(topic, 10);
        Assert.Single(await StoredBatchesAsync(topic, 0));

        var first = await Reader.ReadAsync(Partition(topic, 0), 2, maxRecords: 3, cancellationToken: Cancellation);
        var rest = await Reader.ReadAsync(Partition(topic, 0), first.NextOffset, maxRecords: 100, cancellationToken: Cancellation);

        Assert.Equal([2L, 3L, 4L], first.Records.Select(r => r.Offset));
        Assert.Equal(5L, first.NextOffset);
        Assert.Equal([5L, 6L, 7L, 8L, 9L], rest.Records.Select(r => r.Offset));
        Assert.Equal(10L, rest.NextOffset);
    }

    [Fact]
    public async Task ReadAsync_ManySegments_GathersRecordsUpToTheLimit()
    {
        var topic = await CreateTopicAsync("reader-segments", configs: new Dictionary<string, string> { ["segment.bytes"] = "100" });
        await using (var producer = NewProducer())
        {
            for (var i = 0; i < 6; i++)
            {
                // One at a time: a batch each, and a segment holds only a batch or two.
                await producer.ProduceAsync(Partition(topic, 0), Text($"r{i}"), Cancellation);
            }
        }

        // One fetch stops at a segment's end: the reader has to fetch again.
        Assert.InRange((await StoredBatchesAsync(topic, 0)).Sum(batch => batch.RecordCount), 1, 4);

        var read = await Reader.ReadAsync(Partition(topic, 0), 0, maxRecords: 5, cancellationToken: Cancellation);

        Assert.Equal(["r0", "r1", "r2", "r3", "r4"], read.Records.Select(r => Encoding.UTF8.GetString(r.Message.Value!)));
        Assert.Equal(5L, read.NextOffset);
    }

    [Fact]
    public async Task ReadAsync_AtTheLogEnd_WaitsForTheNextRecordOrAnswersEmptyAtOnce()
    {
        var topic = await CreateTopicAsync("reader-wait");
        await ProduceAsync(topic, "first");

        var empty = await Reader.ReadAsync(Partition(topic, 0), 1, maxRecords: 10, cancellationToken: Cancellation);
        var waiting = Reader.ReadAsync(Partition(topic, 0), 1, maxRecords: 10, ArrivalTimeout, Cancellation);
        await ProduceAsync(topic, "second");
        var arrived = await waiting.WaitAsync(ArrivalTimeout, Cancellation);

        Assert.Empty(empty.Records);
        Assert.Equal((1L, 1L), (empty.NextOffset, empty.HighWatermark));
        Assert.Equal(["second"], arrived.Records.Select(r => Encoding.UTF8.GetString(r.Message.Value!)));
        Assert.Equal(2L, arrived.NextOffset);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public async Task ReadAsync_OffsetOutOfRange_FailsNamingThePartitionAndItsRange(long offset)
    {
        var topic = await CreateTopicAsync("reader-range");
        await ProduceAsync(topic, "a", "b", "c");

        var error = await Assert.ThrowsAsync<BrokerException>(() => Reader.ReadAsync(Partition(topic, 0), offset, 10, cancellationToken: Cancellation));

        Assert.Equal(ErrorCode.OffsetOutOfRange, error.Code);
        Assert.Equal($"Offset {offset} is out of range for partition {topic}-0: readable offsets are 0 to 3 (log start offset 0, log end offset 3).", error.Message);
    }

    [Theory]
    [InlineData(1, "This server does not host this topic-partition: {0}-1.")]
    [InlineData(-1, "Topic '{0}' has no partition -1: partitions are numbered from 0.")]
    public async Task ReadAsync_UnknownPartition_FailsWithUnknownTopicOrPartition(int partition, string message)
    {
        var topic = await CreateTopicAsync("reader-unknown");

        var error = await Assert.ThrowsAsync<BrokerException>(() => Reader.ReadAsync(Partition(topic, partition), 0, 10, cancellationToken: Cancellation));

        Assert.Equal(ErrorCode.UnknownTopicOrPartition, error.Code);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, topic), error.Message);
    }

    [Fact]
    public async Task QueryWatermarkOffsetsAsync_AfterDeleteRecords_IsTheLogStartAndEnd()
    {
        var topic = await CreateTopicAsync("reader-watermarks");
        await ProduceAsync(topic, "a", "b", "c", "d", "e");
        await Admin.DeleteRecordsAsync(Partition(topic, 0), 2);

        var watermarks = await Reader.QueryWatermarkOffsetsAsync(Partition(topic, 0), Cancellation);

        Assert.Equal(new WatermarkOffsets(2, 5), watermarks);
    }

    [Fact]
    public async Task OffsetForTimestampAsync_FindsTheFirstRecordAtOrAfterTheTimeElseTheEnd()
    {
        var topic = await CreateTopicAsync("reader-time");
        await using (var producer = NewProducer())
        {
            foreach (var timestamp in new long[] { 1000, 2000, 3000 })
            {
                await producer.ProduceAsync(Partition(topic, 0), new Message<string, string> { Value = "v", Timestamp = timestamp }, Cancellation);
            }
        }

        long[] found =
        [
            await Reader.OffsetForTimestampAsync(Partition(topic, 0), 0, Cancellation),
            await Reader.OffsetForTimestampAsync(Partition(topic, 0), 2000, Cancellation),
            await Reader.OffsetForTimestampAsync(Partition(topic, 0), 2500, Cancellation),
            await Reader.OffsetForTimestampAsync(Partition(topic, 0), 4000, Cancellation),
        ];
        var negative = await Assert.ThrowsAsync<BrokerException>(() => Reader.OffsetForTimestampAsync(Partition(topic, 0), -1, Cancellation));

        Assert.Equal([0L, 1L, 2L, 3L], found);
        Assert.Equal(ErrorCode.InvalidRequest, negative.Code);
    }

    /// <summary>Produces <paramref name="count"/> records held back by linger.ms and sent together by one flush: one batch.</summary>
    private async Task ProduceOneBatchAsync(string topic, int count)
    {
        await using var producer = NewProducer(new ProducerConfig { LingerMs = 60_000 });
        var sent = Enumerable.Range(0, count).Select(i => producer.ProduceAsync(Partition(topic, 0), Text($"r{i}"), Cancellation)).ToList();
        await producer.FlushAsync(Cancellation);
        await Task.WhenAll(sent);
    }

    private static string Describe(ConsumeResult<byte[], byte[]> record)
    {
        var message = record.Message;
        var headers = string.Join(" ", message.Headers.Select(h => $"{h.Key}={(h.Value is { } value ? Hex(value.Span) : "null")}"));
        return $"{record.Offset}: key {Show(message.Key)} value {Show(message.Value)} at {message.Timestamp} headers {headers}";
    }

    private static string Show(byte[]? bytes) => bytes switch
    {
        null => "null",
        [] => "(empty)",
        _ => Hex(bytes),
    };

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
