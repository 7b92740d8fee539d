using OrleansBroker.Frontend.Cluster;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Api;

/// <summary>The cluster over HTTP: <c>GET /api/cluster</c>, its silos with status, health and led partitions.</summary>
public static class ClusterApi
{
    /// <summary>Maps the cluster endpoint, for readers, behind the broker error mapping.</summary>
    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/cluster")
            .WithTags("Cluster")
            .RequireAuthorization(FrontendPolicies.Read)
            .AddEndpointFilter<BrokerProblemFilter>()
            .MapGet("/", GetClusterAsync)
            .WithName("GetCluster");
        return app;
    }

    private static async Task<IResult> GetClusterAsync(ClusterOverviewService overview) =>
        Results.Ok(await overview.GetAsync());
}
