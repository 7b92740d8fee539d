namespace OrleansBroker.Frontend.Cluster;

/// <summary>What <c>GET /api/cluster</c> and the cluster page show: the silos and what the cluster holds.</summary>
/// <param name="Silos">Every silo that is not dead, active ones first in broker id order.</param>
/// <param name="Topics">How many topics exist.</param>
/// <param name="Partitions">How many partitions those topics have in all.</param>
public sealed record ClusterOverview(IReadOnlyList<SiloOverview> Silos, int Topics, int Partitions)
{
    /// <summary>Partitions active on some silo; the others open on first use.</summary>
    public int ActivePartitions => Silos.Sum(silo => silo.Leads.Count);

    /// <summary>Silos whose status is active.</summary>
    public int ActiveSilos => Silos.Count(silo => silo.Status == SiloStatus.Active);
}
