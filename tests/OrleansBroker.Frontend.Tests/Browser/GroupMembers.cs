using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>Consumer-group members made with the SDK, for the group pages to show: they commit only when a test says so.</summary>
internal static class GroupMembers
{
    /// <summary>The client id the members report, shown as a partition's owner.</summary>
    public const string ClientId = "browser-test-consumer";

    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A consumer in <paramref name="group"/> subscribed to <paramref name="topic"/>, once it has been assigned all <paramref name="partitions"/>.</summary>
    public static async Task<IConsumer<string, string>> JoinAsync(BrokerClient client, string group, string topic, int partitions)
    {
        var consumer = new ConsumerBuilder<string, string>(
            client,
            new ConsumerConfig { GroupId = group, ClientId = ClientId, AutoOffsetReset = AutoOffsetReset.Earliest, EnableAutoCommit = false, HeartbeatIntervalMs = 100 })
            .Build();
        consumer.Subscribe([topic]);
        await Eventually.MatchesAsync(() => Task.FromResult(consumer.Assignment.Count), count => count == partitions, $"the consumer to be assigned {topic}'s {partitions} partitions", JoinTimeout);
        return consumer;
    }
}
