using Microsoft.Extensions.Configuration;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// Reads the <c>Orleans</c> configuration section the way Aspire.Hosting.Orleans writes it
/// (<c>Orleans:Clustering:ProviderType</c>, <c>Orleans:GrainStorage:&lt;name&gt;:ProviderType</c>, ...).
/// </summary>
public static class ClusterConfiguration
{
    /// <summary>
    /// True when a clustering provider is configured: the silo is one of a cluster (the AppHost, Azure) rather than a
    /// standalone silo with localhost clustering.
    /// </summary>
    public static bool IsCluster(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["Orleans:Clustering:ProviderType"]);

    /// <summary>True when the configuration names a provider for the grain storage <paramref name="name"/>.</summary>
    public static bool ConfiguresGrainStorage(IConfiguration configuration, string name) =>
        !string.IsNullOrEmpty(configuration[$"Orleans:GrainStorage:{name}:ProviderType"]);
}
