using OrleansBroker.Client.Producing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// Where produced records land, through the broker: walkthrough section 4's keyed lines come back with their keys
/// in order; a key always lands on the partition Kafka's Java client would pick; keyless records round-robin from
/// partition 0 (a d g / b e / c f over three partitions); the sticky option keeps a burst on one partition until
/// its batch is sent.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class PartitioningTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task Consume_KeyedLines_ComeBackWithTheirKeysInOrder()
    {
        var topic = await CreateTopicAsync("kv-topic");
        await using (var producer = NewProducer())
        {
            await producer.ProduceAsync(topic, Text("paul", "name"), Cancellation);
            await producer.ProduceAsync(topic, Text("korea", "nation"), Cancellation);
            await producer.ProduceAsync(topic, Text("seoul", "address"), Cancellation);
        }

        var printed = (await ReadAsync(topic, 0, Offset.Beginning, 3)).Select(r => $"{r.Message.Key}-{r.Message.Value}");
        Assert.Equal(["name-paul", "nation-korea", "address-seoul"], printed);
    }

    [Fact]
    public async Task Produce_SameKeyRepeatedly_AlwaysLandsOnKafkasPartition()
    {
        var topic = await CreateTopicAsync("kv-topic", partitions: 3);
        await using var producer = NewProducer();
        string[] keys = ["name", "nation", "address", "name", "nation", "address"];

        var results = await Task.WhenAll(keys.Select(key => producer.ProduceAsync(topic, Text("v", key), Cancellation)).ToList());

        // murmur2 over 3 partitions, as computed by Kafka's client: name -> 1, nation -> 0, address -> 1.
        Assert.Equal([1, 0, 1, 1, 0, 1], results.Select(r => r.Partition));
        Assert.Equal(["name", "address", "name", "address"], (await ReadAsync(topic, 1, Offset.Beginning, 4)).Select(r => r.Message.Key));
        Assert.Equal(["nation", "nation"], (await ReadAsync(topic, 0, Offset.Beginning, 2)).Select(r => r.Message.Key));
    }

    [Fact]
    public async Task Produce_KeylessOverThreePartitions_RoundRobinsFromPartitionZero()
    {
        var topic = await CreateTopicAsync("test-topic", partitions: 3);

        var results = await ProduceAsync(topic, "a", "b", "c", "d", "e", "f", "g");

        Assert.Equal([0, 1, 2, 0, 1, 2, 0], results.Select(r => r.Partition));
        Assert.Equal(["a", "d", "g"], await ReadValuesAsync(topic, 0, Offset.Beginning, 3));
        Assert.Equal(["b", "e"], await ReadValuesAsync(topic, 1, Offset.Beginning, 2));
        Assert.Equal(["c", "f"], await ReadValuesAsync(topic, 2, Offset.Beginning, 2));
    }

    [Fact]
    public async Task Produce_KeylessSticky_KeepsEachBurstOnOnePartitionUntilItsBatchIsSent()
    {
        var topic = await CreateTopicAsync("sticky-topic", partitions: 3);
        await using var producer = NewProducer(new ProducerConfig { Partitioner = Partitioner.Murmur2Sticky, LingerMs = 60_000 });

        var bursts = new List<int[]>();
        foreach (var burst in new[] { "abcd", "efgh", "ijkl" })
        {
            var pending = burst.Select(c => producer.ProduceAsync(topic, Text(c.ToString()), Cancellation)).ToList();
            await producer.FlushAsync(Cancellation);
            bursts.Add([.. (await Task.WhenAll(pending)).Select(r => r.Partition)]);
        }

        Assert.Equal([[0, 0, 0, 0], [1, 1, 1, 1], [2, 2, 2, 2]], bursts);
        foreach (var partition in new[] { 0, 1, 2 })
        {
            Assert.Equal([(0L, 4)], (await StoredBatchesAsync(topic, partition)).Select(b => (b.BaseOffset, b.RecordCount)));
        }
    }
}
