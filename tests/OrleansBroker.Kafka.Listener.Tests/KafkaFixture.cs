using OrleansBroker.Client;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests;

/// <summary>Two broker silos, each with its Kafka listener on a loopback port of its own, and an SDK connection.</summary>
public sealed class KafkaFixture : BrokerClusterFixture
{
    /// <summary>The SDK over the cluster's client.</summary>
    public BrokerClient Sdk => field ??= BrokerClient.FromClusterClient(Broker.Client);

    /// <inheritdoc />
    protected override short Silos => 2;

    /// <summary>A short initial rebalance delay (300 ms instead of Kafka's 3 s), so a group's first consumer is assigned its partitions quickly.</summary>
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["GroupInitialRebalanceDelayMs"] = "300" };
}
