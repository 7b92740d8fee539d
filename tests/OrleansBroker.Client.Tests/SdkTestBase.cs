using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>What the SDK tests share: the connection, topic creation, and producing and consuming string records.</summary>
public abstract class SdkTestBase(SdkClusterFixture fixture)
{
    /// <summary>How long a record may take to arrive before a test fails.</summary>
    protected static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(20);

    /// <summary>How long a consumer is watched to show that nothing (more) arrives.</summary>
    protected static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(300);

    /// <summary>The broker cluster.</summary>
    protected BrokerTestCluster Broker => fixture.Broker;

    /// <summary>The SDK connection.</summary>
    protected BrokerClient Client => fixture.Client;

    /// <summary>An admin client.</summary>
    protected IAdminClient Admin => field ??= Client.CreateAdminClient();

    /// <summary>Cancelled when the test is aborted.</summary>
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Creates a topic named <paramref name="prefix"/> plus a unique suffix; returns its name.</summary>
    protected async Task<string> CreateTopicAsync(string prefix, int? partitions = null, IReadOnlyDictionary<string, string>? configs = null)
    {
        var name = TestTopics.Unique(prefix);
        await Admin.CreateTopicAsync(new TopicSpecification { Name = name, NumPartitions = partitions, Configs = configs ?? new Dictionary<string, string>() });
        return name;
    }

    /// <summary>A string producer.</summary>
    protected IProducer<string, string> NewProducer(ProducerConfig? config = null) => new ProducerBuilder<string, string>(Client, config).Build();

    /// <summary>A string consumer.</summary>
    protected IConsumer<string, string> NewConsumer(ConsumerConfig? config = null) => new ConsumerBuilder<string, string>(Client, config).Build();

    /// <summary>A message with <paramref name="value"/> and, optionally, a key.</summary>
    protected static Message<string, string> Text(string value, string? key = null) => new() { Key = key, Value = value };

    /// <summary>Produces <paramref name="values"/> keyless, in order, and waits for all to be stored.</summary>
    protected async Task<DeliveryResult<string, string>[]> ProduceAsync(string topic, params IEnumerable<string> values)
    {
        await using var producer = NewProducer();
        return await Task.WhenAll(values.Select(value => producer.ProduceAsync(topic, Text(value), Cancellation)).ToList());
    }

    /// <summary>A consumer reading <paramref name="partition"/> of <paramref name="topic"/> from <paramref name="offset"/>.</summary>
    protected async Task<IConsumer<string, string>> AssignedConsumerAsync(string topic, int partition, Offset offset, ConsumerConfig? config = null)
    {
        var consumer = NewConsumer(config);
        await consumer.AssignAsync([new TopicPartitionOffset(topic, partition, offset)]);
        return consumer;
    }

    /// <summary>The next <paramref name="count"/> records; fails when one does not arrive in time.</summary>
    protected static async Task<List<ConsumeResult<string, string>>> ConsumeAsync(IConsumer<string, string> consumer, int count)
    {
        var results = new List<ConsumeResult<string, string>>(count);
        while (results.Count < count)
        {
            var result = await consumer.ConsumeAsync(ArrivalTimeout, Cancellation);
            Assert.True(result is not null, $"Record {results.Count + 1} of {count} did not arrive within {ArrivalTimeout.TotalSeconds} s.");
            results.Add(result);
        }

        return results;
    }

    /// <summary><paramref name="count"/> records of one partition read from <paramref name="offset"/> by a fresh consumer.</summary>
    protected async Task<List<ConsumeResult<string, string>>> ReadAsync(string topic, int partition, Offset offset, int count, ConsumerConfig? config = null)
    {
        await using var consumer = await AssignedConsumerAsync(topic, partition, offset, config);
        return await ConsumeAsync(consumer, count);
    }

    /// <summary>The values of <paramref name="count"/> records of one partition read from <paramref name="offset"/>.</summary>
    protected async Task<List<string?>> ReadValuesAsync(string topic, int partition, Offset offset, int count) =>
        [.. (await ReadAsync(topic, partition, offset, count)).Select(result => result.Message.Value)];

    /// <summary>Asserts that <paramref name="consumer"/> has nothing more to return.</summary>
    protected static async Task AssertNothingMoreAsync(IConsumer<string, string> consumer)
    {
        var extra = await consumer.ConsumeAsync(QuietPeriod, Cancellation);
        Assert.True(extra is null, $"Expected no more records, got offset {extra?.Offset} '{extra?.Message.Value}'.");
    }

    /// <summary>The partition's batches as stored: (base offset, record count, bytes) each.</summary>
    protected async Task<List<(long BaseOffset, int RecordCount, int Bytes)>> StoredBatchesAsync(string topic, int partition)
    {
        var response = await Broker.Partition(topic, partition).FetchAsync(0, int.MaxValue, TimeSpan.Zero);
        var batches = new List<(long, int, int)>();
        foreach (var batch in new Records.RecordBatchReader(response.Records))
        {
            batches.Add((batch.Header.BaseOffset, batch.Header.RecordCount, batch.Header.SizeInBytes));
        }

        return batches;
    }

    /// <summary>Topic and partition as one value.</summary>
    protected static TopicPartition Partition(string topic, int partition) => new(topic, partition);
}
