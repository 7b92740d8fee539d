using System.Diagnostics;
using System.Globalization;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// The mixed-load soak (issue 8) against one silo process on the file backend: SDK producers at a fixed aggregate
/// rate over several topics, a plain reader that audits every record as it goes, and a consumer group that churns;
/// the silo's RSS and the rates are sampled throughout. After the producers stop, the reader and the group must
/// reach the log ends; then the audit is closed.
/// </summary>
public static class MixedLoadScenario
{
    private const string Group = "soak-group";
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs the soak, printing a row per sample to <paramref name="output"/>.</summary>
    public static async Task<MixedLoadResult> RunAsync(MixedLoadOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (options.Duration < options.SampleInterval)
        {
            throw new ArgumentException($"The run ({options.Duration}) must last at least one sample interval ({options.SampleInterval}).", nameof(options));
        }

        await using var silo = new SiloProcess(
            BuiltSilo.Dll, string.Create(CultureInfo.InvariantCulture, $"--Broker:LogRetentionCheckIntervalMs={(long)options.RetentionCheckInterval.TotalMilliseconds}"));
        await silo.StartAsync();
        await using var client = await BrokerClient.ConnectAsync(silo.BootstrapServer, cancellationToken);
        var admin = client.CreateAdminClient();
        var topics = await CreateTopicsAsync(admin, options);
        var audit = new MixedLoadAudit(topics.SelectMany(topic => Enumerable.Range(0, options.PartitionsPerTopic).Select(partition => new TopicPartition(topic, partition))));
        var counters = new LoadCounters();

        using var stopReading = new CancellationTokenSource();
        var reading = new PlainReader(client, audit, counters).RunAsync(stopReading.Token);
        var group = new ChurningGroup(number => new GroupMember(client, Group, number, topics, audit, counters), options.GroupSize, options.ChurnInterval);
        group.Start();
        var sampler = new LoadSampler(client, silo.ProcessId!.Value, Group, audit, counters, output);
        using var stopSampling = new CancellationTokenSource();
        var sampling = sampler.RunAsync(options.SampleInterval, stopSampling.Token);

        var loadTime = await ApplyLoadAsync(options, client, topics, audit, counters, group, cancellationToken);
        await stopSampling.CancelAsync();
        await sampling;
        await DrainAsync("the plain reader to reach every log end", () => ReaderAtLogEndsAsync(admin, audit), options.DrainTimeout, output);
        await DrainAsync("the group to consume every acknowledged record", () => Task.FromResult(audit.Tally.AcknowledgedNotConsumedByGroup() == 0), options.DrainTimeout, output);
        await stopReading.CancelAsync();
        await reading;
        await group.StopAsync();

        var deletedByRetention = await LogStartsAsync(admin, audit);
        var (audited, counts) = audit.Finish();
        return new MixedLoadResult(
            options, loadTime, sampler.Samples, audited, counts.Acknowledged, counters.Failed, counts.RemovedBeforeAudit, deletedByRetention, counters.ReadByPlain,
            counters.ConsumedByGroup, counters.RedeliveredToGroup, audit.Tally.AcknowledgedNotConsumedByGroup(), group.Churns, counters.Assignments);
    }

    /// <summary>Runs the paced producers and the group's churn for the run's duration; returns how long that took.</summary>
    private static async Task<TimeSpan> ApplyLoadAsync(
        MixedLoadOptions options, BrokerClient client, IReadOnlyList<string> topics, MixedLoadAudit audit, LoadCounters counters, ChurningGroup group, CancellationToken cancellationToken)
    {
        var loadTime = Stopwatch.StartNew();
        using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stopLoad.CancelAfter(options.Duration);
        var perProducer = options.RecordsPerSecond / options.Producers;
        await Task.WhenAll(Enumerable.Range(0, options.Producers)
            .Select(number => new PacedProducer(number, client, topics, perProducer, options.ValueBytes, audit, counters).RunAsync(stopLoad.Token))
            .Append(group.ChurnAsync(stopLoad.Token)));
        return loadTime.Elapsed;
    }

    private static async Task<IReadOnlyList<string>> CreateTopicsAsync(IAdminClient admin, MixedLoadOptions options)
    {
        var configs = new Dictionary<string, string>
        {
            [TopicConfigNames.SegmentBytes] = options.SegmentBytes.ToString(CultureInfo.InvariantCulture),
            [TopicConfigNames.RetentionBytes] = options.RetentionBytes.ToString(CultureInfo.InvariantCulture),
        };
        var topics = Enumerable.Range(0, options.Topics).Select(topic => string.Create(CultureInfo.InvariantCulture, $"soak-{topic}")).ToList();
        foreach (var topic in topics)
        {
            await admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = options.PartitionsPerTopic, Configs = configs });
        }

        return topics;
    }

    private static async Task<bool> ReaderAtLogEndsAsync(IAdminClient admin, MixedLoadAudit audit)
    {
        foreach (var partition in audit.Partitions)
        {
            if (partition.Next < (await admin.ListOffsetsAsync(partition.Partition, Offset.End.Value)).Offset)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sum of the partitions' log start offsets: records retention has deleted, as no one deletes records otherwise.</summary>
    private static async Task<long> LogStartsAsync(IAdminClient admin, MixedLoadAudit audit)
    {
        long sum = 0;
        foreach (var partition in audit.Partitions)
        {
            sum += (await admin.ListOffsetsAsync(partition.Partition, Offset.Beginning.Value)).Offset;
        }

        return sum;
    }

    /// <summary>Waits for <paramref name="done"/>; at the deadline says so and goes on, leaving the audit to count what is missing.</summary>
    private static async Task DrainAsync(string what, Func<Task<bool>> done, TimeSpan timeout, TextWriter output)
    {
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            if (waited.Elapsed > timeout)
            {
                output.WriteLine($"Gave up after {timeout.TotalSeconds:0} s waiting for {what}.");
                return;
            }

            await Task.Delay(DrainPoll);
        }

        output.WriteLine($"Waited {waited.Elapsed.TotalSeconds:0.0} s after the load for {what}.");
    }
}
