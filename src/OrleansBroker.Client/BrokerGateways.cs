using Orleans.Configuration;
using OrleansBroker.Abstractions;
using OrleansBroker.Client.Internal;

namespace OrleansBroker.Client;

/// <summary>Points an Orleans client at the broker's gateways, as <see cref="BrokerClient.ConnectAsync"/> does.</summary>
public static class BrokerGateways
{
    /// <summary>
    /// How long after a failed connection attempt to a gateway the client tries it again: Kafka's reconnect.backoff.ms.
    /// Orleans waits 1 s, so a client whose silo restarted was served a second after the silo started, however fast
    /// the silo came back (issue 9's cold start); a refused connection on a restart is cheap to try again.
    /// </summary>
    public static readonly TimeSpan ReconnectBackoff = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Uses the gateways in <paramref name="bootstrapServers"/> (comma-separated <c>host:port</c>, e.g.
    /// <c>localhost:30000</c>) and the broker's cluster and service ids (<see cref="BrokerCluster"/>); a gateway
    /// that refused a connection is tried again after <see cref="ReconnectBackoff"/>.
    /// </summary>
    public static IClientBuilder UseBrokerGateways(this IClientBuilder client, string bootstrapServers) => client
        .UseStaticClustering(BootstrapServers.Parse(bootstrapServers))
        .Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (BrokerCluster.Id, BrokerCluster.ServiceId))
        .Configure<ConnectionOptions>(options => options.ConnectionRetryDelay = ReconnectBackoff);
}
