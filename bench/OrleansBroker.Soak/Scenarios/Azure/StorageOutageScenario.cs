using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>
/// Fault case 3 of issue 8: Azurite, holding a cluster silo's membership, grain state and partition logs, is stopped
/// for <see cref="StorageOutageOptions.Outage"/> while producers run, then started again on the same ports and data.
/// Producers must neither crash nor lose what was acknowledged: a record produced meanwhile waits and succeeds or fails
/// with a retriable error. Produce must resume by itself (<see cref="PartitionRecovery"/> measures from storage's
/// return), and after a restart of the silo, which reopens every log from storage, the topic must audit clean.
/// </summary>
public static class StorageOutageScenario
{
    /// <summary>The case's name in the README's Reliability table.</summary>
    public const string FaultCase = "storage emulator stopped 10 s mid-produce";

    /// <summary>Runs the scenario; <paramref name="progress"/> gets a line per run.</summary>
    public static async Task<FaultRuns<StorageOutageRun>> RunAsync(StorageOutageOptions options, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var cluster = await AzureCluster.StartAsync(silos: 1);
        var silo = cluster.Silos[0];
        return await FaultRuns.RunAsync(
            FaultCase,
            options.Runs,
            async run =>
            {
                var result = await RunOnceAsync(cluster, $"outage-{run}", options, cancellationToken);
                progress?.Invoke($"run {run}: storage away {options.Outage.TotalSeconds:0} s; resumed in {AzureFailoverScenario.Describe(result.Resume)}; "
                    + $"{result.ProducerFailures:N0} records failed ({string.Join(" | ", result.ProducerErrors)}); silo {(result.SiloSurvived ? "survived" : "CRASHED")}; {result.Audit}");
                if (!silo.IsRunning)
                {
                    await silo.StartAsync();
                }

                return result;
            });
    }

    private static async Task<StorageOutageRun> RunOnceAsync(AzureCluster cluster, string topic, StorageOutageOptions options, CancellationToken cancellationToken)
    {
        var silo = cluster.Silos[0];
        var ledger = new AckLedger();
        var resume = new PartitionRecovery(options.Partitions);
        LedgeredProducers producers;
        await using (var client = await BrokerClient.ConnectAsync(cluster.BootstrapServers, cancellationToken))
        {
            await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = options.Partitions });
            producers = LedgeredProducers.Start(client, topic, options.Producers, options.RecordsPerSecond, options.ValueBytes, ledger, resume);
            await Task.Delay(options.BeforeOutage, cancellationToken);
            await cluster.Azurite.StopAsync();
            await Task.Delay(options.Outage, cancellationToken);
            await cluster.Azurite.StartAsync(cancellationToken);
            resume.Start();
            var resumed = await resume.WaitAsync(options.ResumeTimeout);
            await Task.Delay(options.AfterResume, cancellationToken);
            await producers.StopAsync();
            var survived = silo.IsRunning;

            // A fresh read of everything: the silo restarted, so every log is reopened from storage and recovered.
            await silo.StopAsync();
            await silo.StartAsync();
            await using var reader = await BrokerClient.ConnectAsync(cluster.BootstrapServers, cancellationToken);
            var audit = await LogAudit.RunAsync(reader, topic, options.Partitions, ledger, cancellationToken);
            return new StorageOutageRun(audit, resumed, ledger.FailedCount, producers.Errors, survived);
        }
    }
}
