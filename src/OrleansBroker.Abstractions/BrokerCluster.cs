namespace OrleansBroker.Abstractions;

/// <summary>
/// The Orleans cluster and service ids of every broker deployment (standalone silo, app host, Azure). A client joins
/// only a cluster whose id it presents, so the SDK and <c>obk</c> need nothing but gateway addresses.
/// </summary>
public static class BrokerCluster
{
    /// <summary>The Orleans <c>ClusterId</c>.</summary>
    public const string Id = "orleans-broker";

    /// <summary>The Orleans <c>ServiceId</c>; grain state is stored under it.</summary>
    public const string ServiceId = "orleans-broker";
}
