using OrleansBroker.Client;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// A one-silo broker cluster, the SDK over it and the frontend in Development (no API key) in front of it. Groups form
/// after 300 ms rather than Kafka's 3 s, so a test's consumer is assigned its partitions quickly.
/// </summary>
public sealed class FrontendFixture : BrokerClusterFixture
{
    private FrontendHost? _frontend;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["GroupInitialRebalanceDelayMs"] = "300",
    };

    /// <summary>The SDK over the cluster's client.</summary>
    public BrokerClient Client => field ??= BrokerClient.FromClusterClient(Broker.Client);

    /// <summary>The frontend in Development.</summary>
    public FrontendHost Frontend => _frontend ?? throw new InvalidOperationException("The frontend has not been started.");

    /// <inheritdoc />
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _frontend = await FrontendHost.StartAsync(Broker.Client, "Development");
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (_frontend is not null)
        {
            await _frontend.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

/// <summary>The tests that share <see cref="FrontendFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class FrontendCollection : ICollectionFixture<FrontendFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "frontend";
}
