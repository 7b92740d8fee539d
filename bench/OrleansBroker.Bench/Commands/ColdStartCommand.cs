using System.CommandLine;
using OrleansBroker.Bench.Workloads;

namespace OrleansBroker.Bench.Commands;

/// <summary><c>cold-start</c>: issue 9 workload (f), a silo restarted over 1 GiB of log: time until the first fetch is served.</summary>
internal sealed class ColdStartCommand : Command
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    private readonly Option<int> _records = new("--records") { Description = "100-byte records in the log (10 M make about 1 GiB).", DefaultValueFactory = _ => 10_000_000 };
    private readonly Option<int> _runs = new("--runs") { Description = "Restarts per way of stopping (SIGKILL, SIGTERM).", DefaultValueFactory = _ => 3 };

    public ColdStartCommand()
        : base("cold-start", "Fill one partition with about 1 GiB, stop the silo (SIGKILL and SIGTERM), start it again and time the first fetch.")
    {
        Options.Add(_records);
        Options.Add(_runs);
        SetAction(ExecuteAsync);
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var workload = new ColdStartWorkload(BuiltAssemblies.Find(typeof(ColdStartCommand).Assembly, "SiloDll"), parseResult.GetValue(_records));
        var runs = parseResult.GetValue(_runs);
        Console.WriteLine($"{parseResult.GetValue(_records):N0} records x {BenchRecords.ValueBytes} B in one partition, {runs} restarts per stop, {Environment.ProcessorCount} cores, load {MachineLoad.Now()}");
        Console.WriteLine("stop       gateway ms  client ms  first fetch ms  tail fetch ms  running client ms   (each from the process start)");
        var results = await workload.RunAsync(runs, run =>
            Console.WriteLine($"{run.Stop,-9}  {run.Gateway.TotalMilliseconds,10:N0}  {run.Connected.TotalMilliseconds,9:N0}  {run.FirstFetch.TotalMilliseconds,14:N0}  {run.TailFetch.TotalMilliseconds,13:N0}  {run.Reconnected.TotalMilliseconds,17:N0}"));
        Console.WriteLine($"log {workload.LogBytes / (1024.0 * 1024 * 1024):N3} GiB in {workload.Segments} segment(s); every record read back once, in order, after the last restart");
        foreach (var stop in Enum.GetValues<ColdStartStop>())
        {
            var (gateway, connected, first, tail, running) = (new Spread(), new Spread(), new Spread(), new Spread(), new Spread());
            foreach (var run in results.Where(run => run.Stop == stop))
            {
                gateway.Add(run.Gateway.TotalMilliseconds);
                connected.Add(run.Connected.TotalMilliseconds);
                first.Add(run.FirstFetch.TotalMilliseconds);
                tail.Add(run.TailFetch.TotalMilliseconds);
                running.Add(run.Reconnected.TotalMilliseconds);
            }

            Console.WriteLine($"{stop,-9}  gateway {gateway.ToString("N0")} ms, client {connected.ToString("N0")} ms, first fetch {first.ToString("N0")} ms, tail fetch {tail.ToString("N0")} ms, running client's first fetch {running.ToString("N0")} ms; target first fetch <= {Target.TotalMilliseconds:N0} ms: new client {Verdict(first)}, running client {Verdict(running)}");
        }

        Console.WriteLine($"load {MachineLoad.Now()}");
        return 0;
    }

    private static string Verdict(Spread firstFetch) => firstFetch.Median <= Target.TotalMilliseconds ? "met" : "missed";
}
