using System.Text;
using System.Text.Json;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Kafkajs;

/// <summary>
/// kafkajs, the pure JavaScript Kafka client, against the two-silo cluster: its admin client creates a topic the
/// registry then holds, its producer's keyed records with headers read back exactly through the SDK (on the partition
/// murmur2 gives the key), and its group consumer reads exactly the records the SDK produced and commits after them.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class KafkajsTests(KafkaFixture fixture)
{
    private static readonly TimeSpan RecordTimeout = TimeSpan.FromSeconds(20);

    private string Bootstrap => fixture.Broker.KafkaBootstrapServers;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminCreateTopic_RegistryHoldsItWithItsPartitions()
    {
        var topic = TestTopics.Unique("kafkajs-admin");

        var created = await KafkajsScripts.RunAsync("create-topic.js", Bootstrap, topic, "3");

        Assert.True(created.GetBoolean());
        var metadata = await fixture.Broker.Registry.GetTopicAsync(topic);
        Assert.Equal(3, metadata?.PartitionCount);
    }

    [Fact]
    public async Task ProduceKeyedWithHeaders_SdkReadsThemExactly()
    {
        var topic = await CreateTopicAsync("kafkajs-produce", partitions: 3);
        var records = Enumerable.Range(0, 6).Select(i => new { key = $"customer-{i}", value = $"order-{i}", headers = new Dictionary<string, string> { ["trace"] = $"t{i}" } }).ToList();

        var acknowledged = await KafkajsScripts.RunAsync("produce.js", Bootstrap, topic, JsonSerializer.Serialize(records));

        var expected = records
            .GroupBy(record => KeyPartition(record.key, 3))
            .SelectMany(partition => partition.Select((record, offset) => $"{partition.Key}@{offset} {record.key}={record.value} trace={record.headers["trace"]}"))
            .Order();
        Assert.Equal(expected, (await ReadAllAsync(topic, 3, records.Count)).Order());
        Assert.All(acknowledged.EnumerateArray(), partition => Assert.Equal(0, partition.GetProperty("baseOffset").GetInt64()));
    }

    [Fact]
    public async Task ConsumeInGroup_ReadsTheSdkRecordsAndCommitsAfterThem()
    {
        var topic = await CreateTopicAsync("kafkajs-group", partitions: 2);
        var group = TestTopics.Unique("kafkajs-group");
        var produced = await ProduceWithSdkAsync(topic, 8);

        var consumed = await KafkajsScripts.RunAsync("consume-group.js", Bootstrap, topic, group, $"{produced.Count}");

        Assert.Equal(produced.Order(), consumed.EnumerateArray().Select(record => record.GetString()).Order());
        var lag = await fixture.Sdk.CreateAdminClient().DescribeConsumerGroupLagAsync(group);
        Assert.Equal(GroupState.Empty, lag.Group.State);
        Assert.Equal(
            Enumerable.Range(0, 2).Select(partition => $"{partition}: {produced.Count(record => record.StartsWith($"{partition}@", StringComparison.Ordinal))}"),
            lag.Partitions.Select(row => $"{row.TopicPartition.Partition}: {row.CommittedOffset}"));
        Assert.Equal(0, lag.TotalLag);
    }

    /// <summary>The partition Kafka's default partitioner gives a string key: murmur2 of its UTF-8 bytes, made positive, modulo the count.</summary>
    private static int KeyPartition(string key, int partitions) => (Murmur2.Hash(Encoding.UTF8.GetBytes(key)) & 0x7fffffff) % partitions;

    private async Task<string> CreateTopicAsync(string prefix, int partitions)
    {
        var name = TestTopics.Unique(prefix);
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = name, NumPartitions = partitions });
        return name;
    }

    /// <summary>Produces <paramref name="count"/> keyed records through the SDK; returns them as <c>partition@offset key=value</c>.</summary>
    private async Task<List<string>> ProduceWithSdkAsync(string topic, int count)
    {
        await using var producer = new ProducerBuilder<string, string>(fixture.Sdk).Build();
        var produced = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var delivered = await producer.ProduceAsync(topic, new Message<string, string> { Key = $"key-{i}", Value = $"value-{i}" }, Cancellation);
            produced.Add($"{delivered.Partition}@{delivered.Offset} key-{i}=value-{i}");
        }

        return produced;
    }

    /// <summary>Reads <paramref name="count"/> records from every partition's beginning through the SDK, as <c>partition@offset key=value header=value</c>.</summary>
    private async Task<List<string>> ReadAllAsync(string topic, int partitions, int count)
    {
        await using var consumer = new ConsumerBuilder<string, string>(fixture.Sdk).Build();
        await consumer.AssignAsync([.. Enumerable.Range(0, partitions).Select(partition => new TopicPartitionOffset(topic, partition, Offset.Beginning))]);
        var read = new List<string>();
        while (read.Count < count)
        {
            var result = await consumer.ConsumeAsync(RecordTimeout, Cancellation) ?? throw new TimeoutException($"Only {read.Count} of {count} records arrived.");
            var headers = result.Message.Headers.Select(header => $"{header.Key}={Encoding.UTF8.GetString(header.Value!.Value.Span)}");
            read.Add($"{result.Partition}@{result.Offset} {result.Message.Key}={result.Message.Value} {string.Join(' ', headers)}");
        }

        return read;
    }
}
