using Confluent.Kafka;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>Confluent.Kafka group consumers of the fixture's listeners, and records to consume, for the consumer-group tests.</summary>
public abstract class ConfluentGroupTestBase(KafkaFixture fixture) : ConfluentTestBase(fixture)
{
    /// <summary>How long a consumer waits for a record when polling to drive a rebalance.</summary>
    protected static readonly TimeSpan PollTimeout = TimeSpan.FromMilliseconds(50);

    /// <summary>A group id no other test uses.</summary>
    protected static string NewGroupId() => TestTopics.Unique("group");

    /// <summary>
    /// A string consumer of <paramref name="groupId"/>, for Subscribe: reads from the earliest offset where the group
    /// has committed none, heartbeats every 500 ms so rebalances are noticed quickly, and auto-commits every 100 ms
    /// when <paramref name="autoCommit"/> is set.
    /// </summary>
    protected IConsumer<string?, string?> NewGroupConsumer(string groupId, string clientId = "confluent-member", bool autoCommit = false) =>
        new ConsumerBuilder<string?, string?>(new ConsumerConfig
        {
            BootstrapServers = Bootstrap,
            GroupId = groupId,
            ClientId = clientId,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = autoCommit,
            AutoCommitIntervalMs = 100,
            HeartbeatIntervalMs = 500,
            SessionTimeoutMs = 6000,
            FetchWaitMaxMs = 100,
        }).Build();

    /// <summary>Produces <paramref name="perPartition"/> records to each of <paramref name="partitions"/> partitions, valued <c>{prefix}-{partition}-{i}</c>; returns them as <c>partition@offset:value</c>.</summary>
    protected async Task<List<string>> ProduceToEachPartitionAsync(string topic, int partitions, int perPartition, string prefix)
    {
        using var producer = NewProducer();
        var delivered = new List<string>();
        for (var partition = 0; partition < partitions; partition++)
        {
            for (var i = 0; i < perPartition; i++)
            {
                var result = await producer.ProduceAsync(new TopicPartition(topic, partition), new Message<string?, string?> { Value = $"{prefix}-{partition}-{i}" }, Cancellation);
                delivered.Add(Describe(result.Partition.Value, result.Offset.Value, result.Message.Value));
            }
        }

        return delivered;
    }

    /// <summary>A record as <c>partition@offset:value</c>, to compare what was consumed with what was produced.</summary>
    protected static string Describe(ConsumeResult<string?, string?> result) => Describe(result.Partition.Value, result.Offset.Value, result.Message.Value);

    /// <summary>
    /// Lets <paramref name="consumer"/> serve its group's callbacks for a moment (a rebalance happens inside Consume;
    /// no record may arrive), then returns the partition numbers it is assigned, in order.
    /// </summary>
    protected static List<int> PollAssignment(IConsumer<string?, string?> consumer)
    {
        Assert.Null(consumer.Consume(PollTimeout));
        return [.. consumer.Assignment.Select(partition => partition.Partition.Value).Order()];
    }

    /// <summary>A consumer of <paramref name="groupId"/> subscribed to <paramref name="topic"/>, once it has been assigned all <paramref name="partitions"/> partitions.</summary>
    protected async Task<IConsumer<string?, string?>> JoinedConsumerAsync(string groupId, string topic, int partitions, string clientId = "confluent-member")
    {
        var consumer = NewGroupConsumer(groupId, clientId);
        consumer.Subscribe(topic);
        await Eventually.MatchesAsync(() => Task.FromResult(PollAssignment(consumer)), assigned => assigned.Count == partitions, $"{clientId} to be assigned all {partitions} partitions");
        return consumer;
    }

    private static string Describe(int partition, long offset, string? value) => $"{partition}@{offset}:{value}";
}
