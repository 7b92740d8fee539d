using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// How fast a cluster notices a dead silo. Its partitions are unavailable until Orleans declares it dead, so the
/// broker probes more often than Orleans does by default (a probe every 5 s, dead after 3 misses): a probe every
/// second, dead after 2 misses, which puts failover within a few seconds. Any <c>ClusterMembershipOptions</c>
/// property can be set in <c>Orleans:Membership</c>, e.g. <c>--Orleans:Membership:ProbeTimeout=00:00:05</c>.
/// </summary>
public static class FailureDetectionExtensions
{
    /// <summary>The configuration section bound to Orleans' <see cref="ClusterMembershipOptions"/>.</summary>
    public const string SectionName = "Orleans:Membership";

    /// <summary>The interval between probes of each monitored silo, and how long one probe may take.</summary>
    public static readonly TimeSpan DefaultProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes after which a silo votes that the probed one is dead.</summary>
    public const int DefaultNumMissedProbesLimit = 2;

    /// <summary>Applies the broker's defaults, then whatever <see cref="SectionName"/> sets.</summary>
    public static ISiloBuilder AddBrokerFailureDetection(this ISiloBuilder silo, IConfiguration configuration)
    {
        silo.Services.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = DefaultProbeTimeout;
            options.NumMissedProbesLimit = DefaultNumMissedProbesLimit;
        });
        silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection(SectionName));
        return silo;
    }
}
