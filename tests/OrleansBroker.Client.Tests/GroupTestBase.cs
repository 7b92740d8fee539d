using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>What the consumer-group tests share: group consumers with fast heartbeats, and waiting for assignments.</summary>
public abstract class GroupTestBase(SdkClusterFixture fixture) : SdkTestBase(fixture)
{
    /// <summary>How long a rebalance may take before a test fails.</summary>
    protected static readonly TimeSpan RebalanceTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Settings of a group consumer that notices rebalances within a fraction of a second.</summary>
    protected static ConsumerConfig GroupConfig(string group, int sessionTimeoutMs = 3000) => new()
    {
        GroupId = group,
        ClientId = "test-consumer",
        SessionTimeoutMs = sessionTimeoutMs,
        HeartbeatIntervalMs = 100,
        MaxPollIntervalMs = 10_000,
        AutoOffsetReset = AutoOffsetReset.Earliest,
        EnableAutoCommit = false,
    };

    /// <summary>A consumer subscribed to <paramref name="topic"/> in <paramref name="group"/>.</summary>
    protected IConsumer<string, string> Subscribed(string group, string topic, ConsumerConfig? config = null)
    {
        var consumer = NewConsumer(config ?? GroupConfig(group));
        consumer.Subscribe([topic]);
        return consumer;
    }

    /// <summary>Waits until the consumers' assignments are disjoint, cover all <paramref name="partitions"/> and have the given sizes.</summary>
    protected static async Task AwaitAssignmentAsync(IReadOnlyList<IConsumer<string, string>> consumers, int partitions, params int[] sizes)
    {
        await Eventually.MatchesAsync(
            () => Task.FromResult(string.Join(" | ", consumers.Select(consumer => string.Join(",", consumer.Assignment.Select(p => p.Partition).Order())))),
            _ => consumers.Select(consumer => consumer.Assignment.Count).Order().SequenceEqual(sizes.Order())
                && consumers.SelectMany(consumer => consumer.Assignment).Distinct().Count() == partitions,
            $"{partitions} partitions assigned as {string.Join("/", sizes)}",
            RebalanceTimeout);
    }

    /// <summary>The group's committed offset of each of <paramref name="partitions"/> partitions of <paramref name="topic"/>.</summary>
    protected async Task<long[]> CommittedAsync(string group, string topic, int partitions)
    {
        var committed = await Broker.Client.GetGrain<IConsumerGroupGrain>(group)
            .FetchOffsetsAsync([.. Enumerable.Range(0, partitions).Select(partition => new TopicPartition(topic, partition))]);
        return [.. committed.Select(offset => offset.Offset)];
    }

    /// <summary>Everything the consumers receive until <paramref name="expected"/> records have arrived in all.</summary>
    protected static async Task<List<(IConsumer<string, string> Consumer, ConsumeResult<string, string> Record)>> ConsumeAllAsync(
        IReadOnlyList<IConsumer<string, string>> consumers, int expected)
    {
        var received = new List<(IConsumer<string, string>, ConsumeResult<string, string>)>();
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (received.Count < expected && DateTime.UtcNow < deadline)
        {
            foreach (var consumer in consumers)
            {
                if (await consumer.ConsumeAsync(TimeSpan.FromMilliseconds(50), Cancellation) is { } record)
                {
                    received.Add((consumer, record));
                }
            }
        }

        Assert.True(received.Count >= expected, $"Only {received.Count} of {expected} records arrived within {ArrivalTimeout.TotalSeconds} s.");
        return received;
    }
}
