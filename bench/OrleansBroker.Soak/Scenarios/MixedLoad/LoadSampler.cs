using System.Diagnostics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Records;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// Takes a <see cref="LoadSample"/> every interval: rates from the running counters, lag from the log ends, the silo's
/// RSS from /proc and its managed memory from Orleans' runtime statistics; prints each as a table row as it is taken.
/// </summary>
internal sealed class LoadSampler(BrokerClient client, int siloProcessId, string group, MixedLoadAudit audit, LoadCounters counters, TextWriter output)
{
    private readonly IAdminClient _admin = client.CreateAdminClient();
    private readonly List<LoadSample> _samples = [];

    /// <summary>The samples taken so far.</summary>
    public IReadOnlyList<LoadSample> Samples => _samples;

    /// <summary>Samples every <paramref name="interval"/> until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken stop)
    {
        output.WriteLine(MixedLoadReport.SampleHeader);
        var clock = Stopwatch.StartNew();
        var last = (Time: TimeSpan.Zero, Acknowledged: 0L, Read: 0L, Consumed: 0L);
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var now = (Time: clock.Elapsed, counters.Acknowledged, Read: counters.ReadByPlain, Consumed: counters.ConsumedByGroup);
                var seconds = (now.Time - last.Time).TotalSeconds;
                var (managed, activations) = await SiloStatisticsAsync();
                var sample = new LoadSample(
                    now.Time,
                    (now.Acknowledged - last.Acknowledged) / seconds,
                    (now.Read - last.Read) / seconds,
                    (now.Consumed - last.Consumed) / seconds,
                    await PlainLagAsync(),
                    await GroupLagAsync(),
                    await ProcessMemory.ResidentBytesAsync(siloProcessId),
                    managed,
                    activations);
                _samples.Add(sample);
                output.WriteLine(MixedLoadReport.SampleRow(sample));
                last = now;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task<long> PlainLagAsync()
    {
        long lag = 0;
        foreach (var partition in audit.Partitions)
        {
            var logEnd = (await _admin.ListOffsetsAsync(partition.Partition, Offset.End.Value)).Offset;
            lag += Math.Max(0, logEnd - partition.Next);
        }

        return lag;
    }

    private async Task<long> GroupLagAsync()
    {
        try
        {
            return (await _admin.DescribeConsumerGroupLagAsync(group)).TotalLag;
        }
        catch (BrokerException e) when (e.Code == ErrorCode.GroupIdNotFound)
        {
            // Before the group's first join.
            return 0;
        }
    }

    private async Task<(long? Managed, int? Activations)> SiloStatisticsAsync()
    {
        try
        {
            var management = client.Cluster.GetGrain<IManagementGrain>(0);
            var silos = await management.GetHosts(onlyActive: true);
            var statistics = (await management.GetRuntimeStatistics([.. silos.Keys])).Single();
            return (statistics.EnvironmentStatistics.RawMemoryUsageBytes, statistics.ActivationCount);
        }
        catch (OrleansException)
        {
            return (null, null);
        }
    }
}
