using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>A broker cluster of one silo (so it is broker 1) and an SDK connection to it.</summary>
public abstract class SdkClusterFixture : BrokerClusterFixture
{
    /// <summary>The SDK over the cluster's client.</summary>
    public BrokerClient Client => field ??= BrokerClient.FromClusterClient(Broker.Client);
}
