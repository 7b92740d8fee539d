using Microsoft.Extensions.DependencyInjection;

namespace OrleansBroker.Frontend.Cluster;

/// <summary>Registers the read side the cluster and topic pages and the cluster API share.</summary>
public static class ClusterServiceExtensions
{
    /// <summary>Adds <see cref="ClusterOverviewService"/> and <see cref="TopicOverviewService"/>.</summary>
    public static IServiceCollection AddClusterOverviews(this IServiceCollection services) =>
        services
            .AddSingleton<TopicOverviewService>()
            .AddSingleton<ClusterOverviewService>();
}
