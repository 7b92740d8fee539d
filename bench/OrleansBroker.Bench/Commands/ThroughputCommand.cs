using System.CommandLine;
using OrleansBroker.Bench.Throughput;
using OrleansBroker.Bench.Workloads;

namespace OrleansBroker.Bench.Commands;

/// <summary>
/// <c>throughput</c>: issue 9 workloads (a), (b) and (c) against the SDK, Confluent.Kafka through the Kafka listener,
/// Redis Streams and NATS JetStream, all started here on loopback ports. Per workload: a warm-up run per target (a
/// tenth of the records), then each repetition runs every target in turn, rotating which goes first. Prints each run,
/// then a markdown table (medians, ranges, ratios; machine and versions) and draws the chart.
/// </summary>
internal sealed class ThroughputCommand : Command
{
    private static readonly string[] Ours = ["SDK", "Confluent.Kafka"];

    private readonly Option<string[]> _workloads = ChoiceListOption.Create("--workloads", "Workloads", ["a", "b", "c"]);
    private readonly Option<string[]> _targets = BenchTargets.CreateOption();
    private readonly Option<int> _repetitions = new("--repetitions") { Description = "Measured runs per workload and target.", DefaultValueFactory = _ => 3 };
    private readonly Option<int> _records = new("--records") { Description = "Records of workloads a and c (100 B each).", DefaultValueFactory = _ => 1_000_000 };
    private readonly Option<int> _kilobyteRecords = new("--kb-records") { Description = "Records of workload b (1 KB each).", DefaultValueFactory = _ => 200_000 };
    private readonly Option<string> _chart = new("--chart") { Description = "Where to write the PNG chart.", DefaultValueFactory = _ => "bench/results/throughput.png" };

    public ThroughputCommand()
        : base("throughput", "Workloads a (1 M x 100 B), b (1 KB records) and c (4 producers, 4 consumers, 16 partitions) against the SDK, Confluent.Kafka, Redis Streams and NATS JetStream.")
    {
        Options.Add(_workloads);
        Options.Add(_targets);
        Options.Add(_repetitions);
        Options.Add(_records);
        Options.Add(_kilobyteRecords);
        Options.Add(_chart);
        SetAction(ExecuteAsync);
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var workloads = Workload.All(parseResult.GetValue(_records), parseResult.GetValue(_kilobyteRecords)).Where(workload => parseResult.GetValue(_workloads)!.Contains(workload.Name)).ToList();
        var repetitions = parseResult.GetValue(_repetitions);
        var loadBefore = MachineLoad.Now();

        await using var targets = await BenchTargets.StartAsync(parseResult.GetValue(_targets)!, ClientTuning.Throughput);
        Console.WriteLine($"{Environment.ProcessorCount} cores, load {loadBefore}; {targets.Versions}; {repetitions} repetitions (+1 warm-up at a tenth)");
        Console.WriteLine("workload  rep  target            produce rec/s  consume rec/s  load");

        var results = await MeasureAsync(targets, workloads, repetitions);
        var machine = $"{Environment.ProcessorCount} cores, load average {loadBefore} before and {MachineLoad.Now()} after; {targets.Versions}";
        Console.WriteLine();
        foreach (var workload in workloads)
        {
            Console.WriteLine($"{workload.Name}: {workload.Description}");
        }

        Console.WriteLine($"Medians of {repetitions} runs each, every record checked exactly once and in order per partition; {machine}.");
        Console.WriteLine();
        Console.WriteLine(results.ToMarkdown(Ours));
        var chart = parseResult.GetValue(_chart)!;
        ThroughputChart.Save(results, $"Median records/s of {repetitions} runs, {Environment.ProcessorCount} shared cores, load {loadBefore}", chart);
        Console.WriteLine($"Chart: {Path.GetFullPath(chart)}");
        return 0;
    }

    /// <summary>Per workload a warm-up run per target, then <paramref name="repetitions"/> measured runs, targets in turn.</summary>
    private static async Task<ThroughputResults> MeasureAsync(BenchTargets targets, IReadOnlyList<Workload> workloads, int repetitions)
    {
        var results = new ThroughputResults([.. targets.All.Select(target => target.Name)]);
        foreach (var workload in workloads)
        {
            for (var repetition = 0; repetition <= repetitions; repetition++)
            {
                foreach (var target in targets.InTurn(repetition))
                {
                    var run = repetition == 0 ? workload.WarmUp : workload;
                    var (produced, consumed) = await ThroughputRun.RunAsync(target, run, targets.TopicFor(workload.Name, repetition, target));
                    if (repetition > 0)
                    {
                        results.Add(workload, target.Name, produced, consumed);
                        Console.WriteLine($"{workload.Name,-8}  {repetition,3}  {target.Name,-16}  {produced,13:N0}  {consumed,13:N0}  {MachineLoad.Now()}");
                    }
                }
            }
        }

        return results;
    }
}
