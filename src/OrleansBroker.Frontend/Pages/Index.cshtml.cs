using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Frontend.Cluster;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages;

/// <summary>The cluster overview at <c>/</c>: silos with status, health and led partitions; topic and partition totals.</summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class IndexModel(ClusterOverviewService cluster) : BrokerPageModel
{
    /// <summary>The overview; null when it could not be read.</summary>
    public ClusterOverview? Overview { get; private set; }

    /// <summary>Reads the overview.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(async () => Overview = await cluster.GetAsync());
}
