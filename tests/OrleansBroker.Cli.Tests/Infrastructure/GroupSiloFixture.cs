namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>
/// One silo process for the consumer group tests, with a short initial rebalance delay (300 ms instead of Kafka's 3 s)
/// so a group's first consumer is assigned its partitions quickly.
/// </summary>
public sealed class GroupSiloFixture : IAsyncLifetime
{
    internal SiloProcess Silo { get; } = new(BuiltTools.SiloDll, "--Broker:GroupInitialRebalanceDelayMs=300");

    /// <summary>What <c>--bootstrap-server</c> takes (the walkthrough's GW).</summary>
    public string Gw => Silo.BootstrapServer;

    /// <summary>The silo's Kafka listener, for Kafka clients.</summary>
    public string KafkaBootstrap => Silo.KafkaBootstrapServer;

    public ValueTask InitializeAsync() => new(Silo.StartAsync());

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
