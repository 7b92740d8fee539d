using System.Diagnostics;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.KillSilo;

/// <summary>
/// Fault case 1 of issue 8: several producers write to a topic of one silo process (file backend) without pause; at
/// a seeded moment the silo is killed with SIGKILL and restarted on the same ports and data; the producers carry on by
/// themselves, produce a while more and stop; then every partition is read back and audited. One silo serves every
/// run (a topic each), so each restart also recovers the logs of all earlier runs.
/// </summary>
public sealed class KillSiloScenario(KillSiloOptions options, TextWriter progress)
{
    /// <summary>The case's name in the README's Reliability table.</summary>
    public const string FaultCase = "kill -9 of a single silo mid-produce";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan AcknowledgementTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs every kill and returns what each found.</summary>
    public async Task<FaultRuns<KillSiloRun>> RunAsync(CancellationToken cancellationToken = default)
    {
        var random = new Random(options.Seed);
        await using var silo = new SiloProcess(BuiltSilo.Dll);
        await silo.StartAsync();
        return await FaultRuns.RunAsync(
            FaultCase,
            options.Runs,
            run => RunOnceAsync(silo, run, random.Next(options.MinAcknowledgedBeforeKill, options.MaxAcknowledgedBeforeKill + 1), cancellationToken),
            progress.WriteLine);
    }

    private async Task<KillSiloRun> RunOnceAsync(SiloProcess silo, int run, int killAfter, CancellationToken cancellationToken)
    {
        var topic = $"kill-silo-{run}";
        await using (var admin = await BrokerClient.ConnectAsync(silo.BootstrapServer, cancellationToken))
        {
            await admin.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = options.Partitions });
        }

        var ledger = new AckLedger();
        var recovery = new PartitionRecovery(options.Partitions);
        var producers = new List<ContinuousProducer>();
        try
        {
            for (var number = 0; number < options.Producers; number++)
            {
                producers.Add(await ContinuousProducer.ConnectAsync(silo.BootstrapServer, cancellationToken));
            }

            return await KillAndRecoverAsync(silo, run, topic, killAfter, producers, ledger, recovery, cancellationToken);
        }
        finally
        {
            foreach (var producer in producers)
            {
                await producer.DisposeAsync();
            }
        }
    }

    private async Task<KillSiloRun> KillAndRecoverAsync(
        SiloProcess silo, int run, string topic, int killAfter, List<ContinuousProducer> producers, AckLedger ledger, PartitionRecovery recovery, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = producers
            .Select((producer, number) => producer.RunAsync(number, topic, options.ValueSize, options.MaxInFlightPerProducer, ledger, recovery, stop.Token))
            .ToList();
        await WaitForAcknowledgedAsync(ledger, killAfter, AcknowledgementTimeout, cancellationToken);
        await silo.KillAsync();
        var killedAfter = ledger.AcknowledgedCount;

        var restart = Stopwatch.StartNew();
        recovery.Start();
        await silo.StartAsync();
        restart.Stop();
        var recovered = (await recovery.WaitAsync(options.RecoveryTimeout)).Min();
        if (recovered is not null)
        {
            await WaitForAcknowledgedAsync(ledger, ledger.AcknowledgedCount + options.AcknowledgedAfterRestart, AcknowledgementTimeout, cancellationToken);
        }

        await stop.CancelAsync();
        await Task.WhenAll(producing);

        await using var reader = await BrokerClient.ConnectAsync(silo.BootstrapServer, cancellationToken);
        var audit = await LogAudit.RunAsync(reader, topic, options.Partitions, ledger, cancellationToken);
        return new KillSiloRun(run, killedAfter, ledger.FailedCount, restart.Elapsed, recovered is null ? null : recovered - restart.Elapsed, audit);
    }

    private static async Task WaitForAcknowledgedAsync(AckLedger ledger, long count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (ledger.AcknowledgedCount < count)
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Only {ledger.AcknowledgedCount:N0} of {count:N0} records were acknowledged within {timeout.TotalSeconds:N0} s.");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
