using System.Diagnostics;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Producing;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.GroupCrash;

/// <summary>
/// Fault case 6 of issue 8: consumer A (a <c>consume-worker</c> process in group G, committing after every few records
/// it processes) is killed with SIGKILL mid-stream; consumer B then joins G, which hands it every partition once A's
/// session has expired. B must start each partition exactly at G's last committed offset, and A and B together must
/// have processed every record. B does not commit, so G's offsets read after B are still A's: read before B too,
/// they show that no commit of A landed after its death.
/// </summary>
public sealed class GroupCrashScenario(GroupCrashOptions options, TextWriter progress)
{
    /// <summary>The case's name in the README's Reliability table.</summary>
    public const string FaultCase = "consumer-group crash";

    /// <summary>Runs every crash and returns what each found.</summary>
    public async Task<FaultRuns<GroupCrashRun>> RunAsync(CancellationToken cancellationToken = default)
    {
        var random = new Random(options.Seed);
        await using var silo = new SiloProcess(BuiltSilo.Dll);
        await silo.StartAsync();
        await using var client = await BrokerClient.ConnectAsync(silo.BootstrapServer, cancellationToken);
        return await FaultRuns.RunAsync(
            FaultCase,
            options.Runs,
            run => RunOnceAsync(client, run, random.Next(options.Records / 4, (options.Records / 2) + 1), cancellationToken),
            progress.WriteLine);
    }

    private async Task<GroupCrashRun> RunOnceAsync(BrokerClient client, int run, int killAfter, CancellationToken cancellationToken)
    {
        var topic = $"group-crash-{run}";
        var group = $"group-crash-{run}";
        var admin = client.CreateAdminClient();
        await admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = options.Partitions });
        var ends = await ProduceAsync(client, topic, cancellationToken);
        var problems = new List<string>();

        await using var a = ConsumeWorkerProcess.Start(client.BootstrapServers, topic, group, options.CommitEvery, options.RecordDelayMs);
        if (!await a.WaitForRecordsAsync(killAfter, options.ConsumeTimeout))
        {
            problems.Add($"A did not process {killAfter:N0} records within {options.ConsumeTimeout.TotalSeconds:N0} s: {a.Errors}");
        }

        await a.KillAsync();
        var killed = Stopwatch.StartNew();
        var committed = await CommittedAsync(admin, group, topic);

        await using var b = ConsumeWorkerProcess.Start(client.BootstrapServers, topic, group, commitEvery: 0, recordDelayMs: 0);
        var tookOver = await b.WaitForRecordsAsync(1, options.ConsumeTimeout) ? killed.Elapsed : options.ConsumeTimeout;
        for (var partition = 0; partition < options.Partitions; partition++)
        {
            if (committed.GetValueOrDefault(partition) < ends[partition] && !await b.WaitForRecordAsync(partition, ends[partition] - 1, options.ConsumeTimeout))
            {
                problems.Add($"B did not reach the end of partition {partition} (offset {ends[partition] - 1:N0}) within {options.ConsumeTimeout.TotalSeconds:N0} s: {b.Errors}");
            }
        }

        await b.KillAsync();
        var committedAfter = await CommittedAsync(admin, group, topic);
        if (!committedAfter.OrderBy(pair => pair.Key).SequenceEqual(committed.OrderBy(pair => pair.Key)))
        {
            problems.Add($"the group's committed offsets changed after A died: {Describe(committed)} became {Describe(committedAfter)}");
        }

        return Compare(run, ends, committed, a.Records(), b.Records(), tookOver, problems);
    }

    private static GroupCrashRun Compare(
        int run, long[] ends, Dictionary<int, long> committed, IReadOnlyList<(int Partition, long Offset)> byA, IReadOnlyList<(int Partition, long Offset)> byB, TimeSpan tookOver, List<string> problems)
    {
        var records = ends.Sum();
        if (byA.Count >= records)
        {
            problems.Add("A processed every record before it was killed: nothing was left mid-stream");
        }

        foreach (var first in byB.GroupBy(record => record.Partition).Select(partition => partition.First()))
        {
            var expected = committed.GetValueOrDefault(first.Partition);
            if (first.Offset != expected)
            {
                problems.Add($"B started partition {first.Partition} at offset {first.Offset:N0}, the group's committed offset was {expected:N0}");
            }
        }

        var setA = byA.ToHashSet();
        var setB = byB.ToHashSet();
        var both = setA.Intersect(setB).ToList();
        var beforeCommit = both.Count(record => record.Offset < committed.GetValueOrDefault(record.Partition));
        var covered = setA.Union(setB).Count(record => record.Offset >= 0 && record.Offset < ends[record.Partition]);
        return new GroupCrashRun(run, records, setA.Count, committed.Values.Sum(), setB.Count, covered, both.Count - beforeCommit, beforeCommit, tookOver, problems);
    }

    /// <summary>Produces the run's records (keyless, spread round-robin) and returns each partition's log end offset.</summary>
    private async Task<long[]> ProduceAsync(BrokerClient client, string topic, CancellationToken cancellationToken)
    {
        await using var producer = new ProducerBuilder<string?, byte[]>(client).Build();
        var deliveries = Enumerable.Range(0, options.Records)
            .Select(sequence => producer.ProduceAsync(topic, new Message<string?, byte[]> { Value = new RecordId(0, sequence).ToValue(100) }, cancellationToken))
            .ToList();
        var ends = new long[options.Partitions];
        foreach (var delivered in await Task.WhenAll(deliveries))
        {
            ends[delivered.Partition] = Math.Max(ends[delivered.Partition], delivered.Offset + 1);
        }

        return ends;
    }

    private static async Task<Dictionary<int, long>> CommittedAsync(IAdminClient admin, string group, string topic) =>
        (await admin.ListConsumerGroupOffsetsAsync(group))
            .Where(offset => offset.Topic == topic)
            .ToDictionary(offset => offset.Partition, offset => offset.Offset.Value);

    private static string Describe(Dictionary<int, long> offsets) =>
        "{" + string.Join(", ", offsets.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {pair.Value}")) + "}";
}
