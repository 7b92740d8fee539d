using Microsoft.Extensions.Options;
using Orleans.Configuration;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;

namespace OrleansBroker.Frontend.Cluster;

/// <summary>
/// Reads the cluster overview without disturbing the broker: silos from the membership table, each silo's runtime
/// statistics, and the partitions it leads taken from the activations it already has. A partition that is not active
/// anywhere has no leader until it is next used, and reading the overview does not activate it (a describe would).
/// A silo that does not answer within <see cref="SiloTimeout"/> is shown <see cref="SiloHealth.Unreachable"/>.
/// </summary>
public sealed partial class ClusterOverviewService(
    IClusterClient cluster,
    TopicOverviewService topics,
    IOptions<ClusterMembershipOptions> membership,
    ILogger<ClusterOverviewService> logger)
{
    /// <summary>How long one silo may take to report, so one hung silo does not hang the page.</summary>
    public static readonly TimeSpan SiloTimeout = TimeSpan.FromSeconds(5);

    private IManagementGrain Management => cluster.GetGrain<IManagementGrain>(0);

    /// <summary>The grain type of partition grains, from a reference (no call, no activation).</summary>
    private GrainType PartitionGrainType => cluster.GetGrain<IPartitionGrain>(new TopicPartition("_", 0).ToGrainKey()).GetGrainId().Type;

    /// <summary>The silos that are not dead, with health and led partitions, and the topic and partition totals.</summary>
    public async Task<ClusterOverview> GetAsync()
    {
        var metadataTask = topics.ListMetadataAsync();
        var entries = (await Management.GetDetailedHosts(onlyActive: false)).Where(entry => entry.Status != SiloStatus.Dead).ToList();
        var brokerIds = BrokerIds.Assign(entries.Where(entry => entry.Status == SiloStatus.Active).Select(entry => entry.SiloAddress));
        var metadata = (await metadataTask).ToDictionary(topic => topic.Name, topic => topic.PartitionCount, StringComparer.Ordinal);
        var partitionType = PartitionGrainType;
        var silos = await Task.WhenAll(entries.Select(async entry =>
        {
            var brokerId = brokerIds.TryGetValue(entry.SiloAddress.ToParsableString(), out var id) ? id : (int?)null;
            var (runtime, leads) = brokerId is null ? (null, []) : await ReadSiloAsync(entry.SiloAddress, partitionType, metadata);
            return Describe(entry, brokerId, runtime, leads);
        }));
        return new ClusterOverview(
            [.. silos.OrderBy(silo => silo.BrokerId ?? int.MaxValue).ThenBy(silo => silo.Address, StringComparer.Ordinal)],
            metadata.Count,
            metadata.Values.Sum());
    }

    private SiloOverview Describe(MembershipEntry entry, int? brokerId, SiloRuntime? runtime, IReadOnlyList<TopicPartition> leads) => new(
        brokerId,
        entry.SiloName,
        entry.SiloAddress.Endpoint.ToString(),
        entry.SiloAddress.ToParsableString(),
        entry.HostName,
        entry.ProxyPort,
        entry.Status,
        SiloHealthRules.Assess(entry, runtime, DateTime.UtcNow, membership.Value.DeathVoteExpirationTimeout),
        AsUtc(entry.StartTime),
        AsUtc(entry.IAmAliveTime),
        runtime,
        leads);

    /// <summary>The silo's runtime statistics and the existing partitions active on it; (null, empty) when it does not answer.</summary>
    private async Task<(SiloRuntime?, IReadOnlyList<TopicPartition>)> ReadSiloAsync(
        SiloAddress silo, GrainType partitionType, IReadOnlyDictionary<string, int> partitionCounts)
    {
        try
        {
            var statistics = Management.GetRuntimeStatistics([silo]).WaitAsync(SiloTimeout);
            var activations = Management.GetDetailedGrainStatistics(hostsIds: [silo]).WaitAsync(SiloTimeout);
            var leads = (await activations)
                .Where(activation => activation.GrainId.Type.Equals(partitionType))
                .Select(activation => TopicPartition.ParseGrainKey(activation.GrainId.Key.ToString()))
                .Where(partition => partitionCounts.TryGetValue(partition.Topic, out var count) && partition.Partition < count)
                .OrderBy(partition => partition.Topic, StringComparer.Ordinal)
                .ThenBy(partition => partition.Partition)
                .ToList();
            return (SiloRuntime.From((await statistics).Single()), leads);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            LogSiloUnanswered(e, silo);
            return (null, []);
        }
    }

    private static DateTimeOffset AsUtc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Silo} did not report its statistics and activations for the cluster overview.")]
    private partial void LogSiloUnanswered(Exception exception, SiloAddress silo);
}
