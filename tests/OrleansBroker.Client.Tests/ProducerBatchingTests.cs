using OrleansBroker.Client.Producing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// How the producer batches, seen in the batches the partition stores rather than in timings: with a long
/// linger.ms everything produced before FlushAsync goes out as one batch; batch.size seals full batches (no
/// larger than batch.size) and sends them without waiting for the linger; records keep their order across batches;
/// disposing sends what is still lingering; a buffer.memory smaller than the records makes producing wait, in order.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ProducerBatchingTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    private const int LongLingerMs = 60_000;

    [Fact]
    public async Task FlushAsync_LongLinger_SendsEverythingProducedAsOneBatch()
    {
        var topic = await CreateTopicAsync("lingering");
        await using var producer = NewProducer(new ProducerConfig { LingerMs = LongLingerMs });

        var pending = Enumerable.Range(0, 50).Select(i => producer.ProduceAsync(topic, Text($"r{i}"), Cancellation)).ToList();
        await producer.FlushAsync(Cancellation);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), (await Task.WhenAll(pending)).Select(r => r.Offset));
        Assert.Equal([(0L, 50)], (await StoredBatchesAsync(topic, 0)).Select(b => (b.BaseOffset, b.RecordCount)));
    }

    [Fact]
    public async Task ProduceAsync_BatchSizeReached_SendsFullBatchesWithoutWaitingForLinger()
    {
        const int batchSize = 1000;
        var topic = await CreateTopicAsync("sized");
        await using var producer = NewProducer(new ProducerConfig { LingerMs = LongLingerMs, BatchSize = batchSize });

        var pending = Enumerable.Range(0, 40).Select(i => producer.ProduceAsync(topic, Text($"{i:D3}" + new string('.', 97)), Cancellation)).ToList();
        var firstDelivered = await pending[0].WaitAsync(ArrivalTimeout, Cancellation);
        await producer.FlushAsync(Cancellation);

        Assert.Equal(0, firstDelivered.Offset);
        var batches = await StoredBatchesAsync(topic, 0);
        Assert.InRange(batches.Count, 2, 20);
        Assert.All(batches, batch => Assert.InRange(batch.Bytes, 1, batchSize));
        Assert.All(batches[..^1], batch => Assert.True(batch.RecordCount >= 2, $"Batch at {batch.BaseOffset} holds {batch.RecordCount} record(s)."));
        Assert.Equal(batches.Select((_, i) => (long)batches[..i].Sum(b => b.RecordCount)), batches.Select(b => b.BaseOffset));
        Assert.Equal(40, batches.Sum(b => b.RecordCount));
        var values = await ReadValuesAsync(topic, 0, Offset.Beginning, 40);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"{i:D3}"), values.Select(v => v![..3]));
    }

    [Fact]
    public async Task DisposeAsync_RecordsStillLingering_SendsThemFirst()
    {
        var topic = await CreateTopicAsync("lingering");
        Task<DeliveryResult<string, string>>[] pending;
        await using (var producer = NewProducer(new ProducerConfig { LingerMs = LongLingerMs }))
        {
            pending = [producer.ProduceAsync(topic, Text("x"), Cancellation), producer.ProduceAsync(topic, Text("y"), Cancellation)];
        }

        Assert.Equal([0L, 1], (await Task.WhenAll(pending).WaitAsync(ArrivalTimeout, Cancellation)).Select(r => r.Offset));
    }

    [Fact]
    public async Task ProduceAsync_BufferMemoryFarBelowTheRecords_WaitsForRoomAndKeepsOrder()
    {
        var topic = await CreateTopicAsync("squeezed");
        await using var producer = NewProducer(new ProducerConfig { BufferMemory = 1000 });

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => producer.ProduceAsync(topic, Text($"{i:D3}" + new string('.', 97)), Cancellation)).ToList());

        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), results.Select(r => r.Offset));
        // A record takes 124 bytes of buffer (100 of value plus the producer's 24-byte estimate), so at most 8 fit at once.
        Assert.All(await StoredBatchesAsync(topic, 0), batch => Assert.InRange(batch.RecordCount, 1, 8));
    }
}
