using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>
/// Fault case 2 of issue 8: a 3-silo cluster on shared Azure storage (Azurite) loses, by SIGKILL, the silo hosting the
/// most partitions while producers and a consumer group run. Each run measures how long each partition took to
/// acknowledge a new record again (<see cref="PartitionRecovery"/>), then stops the producers, waits until the group has
/// been given every acknowledged record, and audits the topic. The killed silo is started again for the next run.
/// </summary>
public static class AzureFailoverScenario
{
    /// <summary>The case's name in the README's Reliability table.</summary>
    public const string FaultCase = "3-silo failover on Azure storage (kill -9 of the busiest silo)";

    private const int Silos = 3;
    private static readonly TimeSpan CatchUpPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs the scenario; <paramref name="progress"/> gets a line per run.</summary>
    public static async Task<FaultRuns<AzureFailoverRun>> RunAsync(AzureFailoverOptions options, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var cluster = await AzureCluster.StartAsync(Silos);
        await using var client = await BrokerClient.ConnectAsync(cluster.BootstrapServers, cancellationToken);
        return await FaultRuns.RunAsync(
            FaultCase,
            options.Runs,
            async run =>
            {
                var (result, victim) = await RunOnceAsync(cluster, client, $"failover-{run}", options, progress, cancellationToken);
                progress?.Invoke($"run {run}: killed the silo hosting {result.KilledPartitions} of {options.Partitions} partitions; recovered in {Describe(result.Recovery)}; "
                    + $"{result.ProducerFailures:N0} records failed, {result.ConsumerErrors:N0} consumer errors, {result.Unconsumed:N0} not consumed; {result.Audit}");
                await victim.StartAsync();
                return result;
            });
    }

    /// <summary>The median over runs of each run's slowest partition; null when a run did not recover.</summary>
    public static TimeSpan? MedianRecovery(IReadOnlyList<AzureFailoverRun> runs)
    {
        if (runs.Count == 0 || runs.Any(run => run.MaxRecovery is null))
        {
            return null;
        }

        var sorted = runs.Select(run => run.MaxRecovery!.Value).Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task<(AzureFailoverRun Run, SiloProcess Victim)> RunOnceAsync(
        AzureCluster cluster, BrokerClient client, string topic, AzureFailoverOptions options, Action<string>? progress, CancellationToken cancellationToken)
    {
        await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = options.Partitions });
        var ledger = new AckLedger();
        var recovery = new PartitionRecovery(options.Partitions);
        var producers = LedgeredProducers.Start(client, topic, options.Producers, options.RecordsPerSecond, options.ValueBytes, ledger, recovery);
        var consumers = GroupConsumers.Start(client, topic, $"{topic}-group", options.Consumers);
        await Task.Delay(options.BeforeKill, cancellationToken);
        await WaitUntilConsumingAsync(consumers, options.CatchUpTimeout, cancellationToken);

        var (victim, hosted) = await BusiestSiloAsync(cluster, client, topic, options.Partitions);
        recovery.Start();
        await victim.KillAsync();
        var recovered = await recovery.WaitAsync(options.RecoveryTimeout);
        progress?.Invoke($"{topic}: killed silo {victim.SiloPort} hosting {hosted} partitions; recovered {Describe(recovered)}");
        await Task.Delay(options.AfterRecovery, cancellationToken);
        await producers.StopAsync();

        progress?.Invoke($"{topic}: producers stopped, {ledger.AcknowledgedCount:N0} acknowledged, {ledger.FailedCount:N0} failed: {string.Join(" | ", producers.Errors)}");
        var unconsumed = await WaitUntilConsumedAsync(consumers, ledger, options.CatchUpTimeout, cancellationToken);
        progress?.Invoke($"{topic}: group caught up, {unconsumed:N0} missing");
        await consumers.StopAsync();
        var audit = await LogAudit.RunAsync(client, topic, options.Partitions, ledger, cancellationToken);
        return (new AzureFailoverRun(audit, hosted, recovered, ledger.FailedCount, producers.Errors, consumers.Errors, unconsumed), victim);
    }

    /// <summary>The silo hosting the most of the topic's partitions (as each partition grain reports its host), and how many.</summary>
    private static async Task<(SiloProcess Silo, int Partitions)> BusiestSiloAsync(AzureCluster cluster, BrokerClient client, string topic, int partitions)
    {
        var hosts = await Task.WhenAll(Enumerable.Range(0, partitions).Select(async partition =>
            (await client.Cluster.GetGrain<IPartitionGrain>(new TopicPartition(topic, partition).ToGrainKey()).GetStateAsync()).Host));
        var busiest = hosts.GroupBy(host => host).MaxBy(group => group.Count())!;
        var silo = cluster.SiloAt(busiest.Key) ?? throw new InvalidOperationException($"No silo of the cluster has the address {busiest.Key}.");
        return (silo, busiest.Count());
    }

    /// <summary>
    /// Waits until the group consumes (its first rebalance done), so the kill hits a group at work: a group still
    /// joining when its coordinator's silo died was seen to stay without assignments.
    /// </summary>
    private static async Task WaitUntilConsumingAsync(GroupConsumers consumers, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (consumers.Consumed == 0)
        {
            await Task.Delay(CatchUpPoll, deadline.Token);
        }
    }

    /// <summary>Waits until the group has been given every acknowledged record; returns how many it still lacks after <paramref name="timeout"/>.</summary>
    private static async Task<int> WaitUntilConsumedAsync(GroupConsumers consumers, AckLedger ledger, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (consumers.MissingFrom(ledger).Count is var missing and > 0)
        {
            try
            {
                await Task.Delay(CatchUpPoll, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return missing;
            }
        }

        return 0;
    }

    /// <summary>Each partition's recovery, e.g. <c>max 3.2 s (p0 0.0, p1 3.2, ...)</c>.</summary>
    public static string Describe(IReadOnlyList<TimeSpan?> recovery) =>
        (recovery.Any(time => time is null) ? "not all" : $"max {recovery.Max()!.Value.TotalSeconds:0.0} s")
        + " (" + string.Join(", ", recovery.Select((time, partition) => $"p{partition} {(time is { } t ? t.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-")}")) + ")";
}
