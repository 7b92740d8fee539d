using System.CommandLine;
using OrleansBroker.Bench.Latency;
using OrleansBroker.Bench.Workloads;

namespace OrleansBroker.Bench.Commands;

/// <summary>
/// <c>latency</c>: issue 9 workload (d), produce-to-consume latency at a fixed rate, against the SDK, Confluent.Kafka
/// through the Kafka listener, Redis Streams and NATS JetStream, with clients tuned for latency
/// (<see cref="ClientTuning.Latency"/>). Each repetition runs every target in turn, rotating which goes first. Prints
/// each run, then a markdown table of medians with ranges.
/// </summary>
internal sealed class LatencyCommand : Command
{
    private readonly Option<string[]> _targets = BenchTargets.CreateOption();
    private readonly Option<int> _repetitions = new("--repetitions") { Description = "Measured runs per target.", DefaultValueFactory = _ => 3 };
    private readonly Option<int> _rate = new("--rate") { Description = "Records (100 B) produced per second.", DefaultValueFactory = _ => 10_000 };
    private readonly Option<int> _seconds = new("--seconds") { Description = "Measured seconds per run.", DefaultValueFactory = _ => 30 };
    private readonly Option<int> _warmUp = new("--warm-up") { Description = "Seconds produced before measuring, per run.", DefaultValueFactory = _ => 3 };
    private readonly Option<string> _chart = new("--chart") { Description = "Where to write the PNG chart.", DefaultValueFactory = _ => "bench/results/latency.png" };

    public LatencyCommand()
        : base("latency", "Workload d: produce-to-consume latency (p50, p99, p99.9, max) at a fixed rate, one partition, against the SDK, Confluent.Kafka, Redis Streams and NATS JetStream.")
    {
        Options.Add(_targets);
        Options.Add(_repetitions);
        Options.Add(_rate);
        Options.Add(_seconds);
        Options.Add(_warmUp);
        Options.Add(_chart);
        SetAction(ExecuteAsync);
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var (repetitions, rate, seconds, warmUp) = (parseResult.GetValue(_repetitions), parseResult.GetValue(_rate), parseResult.GetValue(_seconds), parseResult.GetValue(_warmUp));
        var loadBefore = MachineLoad.Now();

        await using var targets = await BenchTargets.StartAsync(parseResult.GetValue(_targets)!, ClientTuning.Latency);
        Console.WriteLine($"{Environment.ProcessorCount} cores, load {loadBefore}; {targets.Versions}; {rate:N0} records/s × 100 B for {warmUp} s warm-up + {seconds} s measured; {repetitions} repetitions");
        Console.WriteLine("rep  target            p50 ms  p99 ms  p99.9 ms   max ms  max lag ms  load");

        var results = new LatencyResults([.. targets.All.Select(target => target.Name)]);
        for (var repetition = 1; repetition <= repetitions; repetition++)
        {
            foreach (var target in targets.InTurn(repetition))
            {
                var (latencies, maxLag) = await LatencyRun.RunAsync(target, targets.TopicFor("d", repetition, target), rate, warmUp, seconds);
                results.Add(target.Name, latencies);
                Console.WriteLine($"{repetition,3}  {target.Name,-16}  {latencies.P50,6:N2}  {latencies.P99,6:N2}  {latencies.P999,8:N2}  {latencies.Max,7:N1}  {maxLag.TotalMilliseconds,10:N1}  {MachineLoad.Now()}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Workload d: {rate:N0} records/s × 100 B to one partition for {seconds} s after {warmUp} s of warm-up, one consumer reading from the end; medians of {repetitions} runs, every record checked exactly once and in order; {Environment.ProcessorCount} cores, load average {loadBefore} before and {MachineLoad.Now()} after.");
        Console.WriteLine();
        Console.WriteLine(results.ToMarkdown());
        var chart = parseResult.GetValue(_chart)!;
        LatencyChart.Save(results, $"Produce-to-consume latency at {rate:N0} records/s, medians of {repetitions} runs, {Environment.ProcessorCount} shared cores, load {loadBefore}", chart);
        Console.WriteLine($"Chart: {Path.GetFullPath(chart)}");
        return 0;
    }
}
