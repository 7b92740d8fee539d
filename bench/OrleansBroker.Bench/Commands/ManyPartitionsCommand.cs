using System.CommandLine;
using OrleansBroker.Bench.Workloads;

namespace OrleansBroker.Bench.Commands;

/// <summary><c>many-partitions</c>: issue 9 workload (e), 10,000 partitions on one silo: time to create, resident memory.</summary>
internal sealed class ManyPartitionsCommand : Command
{
    private const double MiB = 1024 * 1024;
    private const long TargetBytes = 1024L * 1024 * 1024;

    private readonly Option<int> _topics = new("--topics") { Description = "Topics to create.", DefaultValueFactory = _ => 100 };
    private readonly Option<int> _partitions = new("--partitions") { Description = "Partitions of each topic.", DefaultValueFactory = _ => 100 };
    private readonly Option<int> _runs = new("--runs") { Description = "Runs, each on a fresh silo process.", DefaultValueFactory = _ => 3 };

    public ManyPartitionsCommand()
        : base("many-partitions", "Create topics totalling 10,000 partitions on one silo, touch each with one record, and report time and resident memory.")
    {
        Options.Add(_topics);
        Options.Add(_partitions);
        Options.Add(_runs);
        SetAction(ExecuteAsync);
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var workload = new ManyPartitionsWorkload(BuiltAssemblies.Find(typeof(ManyPartitionsCommand).Assembly, "SiloDll"), parseResult.GetValue(_topics), parseResult.GetValue(_partitions));
        var runs = parseResult.GetValue(_runs);
        Console.WriteLine($"{parseResult.GetValue(_topics):N0} topics x {parseResult.GetValue(_partitions):N0} partitions = {workload.Partitions:N0}, {runs} runs, {Environment.ProcessorCount} cores, load {MachineLoad.Now()}");
        Console.WriteLine("run  create s  activate s  RSS started MiB  created MiB  active MiB  KiB/partition");
        var (create, activate, started, created, active, perPartition) = (new Spread(), new Spread(), new Spread(), new Spread(), new Spread(), new Spread());
        for (var run = 1; run <= runs; run++)
        {
            var result = await workload.RunAsync();
            var kibPerPartition = (result.ActiveBytes - result.StartedBytes) / 1024.0 / workload.Partitions;
            create.Add(result.Create.TotalSeconds);
            activate.Add(result.Activate.TotalSeconds);
            started.Add(result.StartedBytes / MiB);
            created.Add(result.CreatedBytes / MiB);
            active.Add(result.ActiveBytes / MiB);
            perPartition.Add(kibPerPartition);
            Console.WriteLine($"{run,3}  {result.Create.TotalSeconds,8:N2}  {result.Activate.TotalSeconds,10:N2}  {result.StartedBytes / MiB,15:N0}  {result.CreatedBytes / MiB,11:N0}  {result.ActiveBytes / MiB,10:N0}  {kibPerPartition,13:N1}");
        }

        Console.WriteLine($"create {create.ToString("N2")} s; activate {activate.ToString("N2")} s (one record produced to and read back from each partition)");
        Console.WriteLine($"RSS started {started.ToString("N0")} MiB, created {created.ToString("N0")} MiB, active {active.ToString("N0")} MiB; {perPartition.ToString("N1")} KiB per active partition; target <= {TargetBytes / MiB:N0} MiB: {(active.Median * MiB <= TargetBytes ? "met" : "missed")}");
        Console.WriteLine($"load {MachineLoad.Now()}");
        return 0;
    }
}
