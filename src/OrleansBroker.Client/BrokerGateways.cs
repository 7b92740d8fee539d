using Orleans.Configuration;
using OrleansBroker.Abstractions;
using OrleansBroker.Client.Internal;

namespace OrleansBroker.Client;

/// <summary>Points an Orleans client at the broker's gateways, as <see cref="BrokerClient.ConnectAsync"/> does.</summary>
public static class BrokerGateways
{
    /// <summary>
    /// Uses the gateways in <paramref name="bootstrapServers"/> (comma-separated <c>host:port</c>, e.g.
    /// <c>localhost:30000</c>) and the broker's cluster and service ids (<see cref="BrokerCluster"/>).
    /// </summary>
    public static IClientBuilder UseBrokerGateways(this IClientBuilder client, string bootstrapServers) => client
        .UseStaticClustering(BootstrapServers.Parse(bootstrapServers))
        .Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (BrokerCluster.Id, BrokerCluster.ServiceId));
}
