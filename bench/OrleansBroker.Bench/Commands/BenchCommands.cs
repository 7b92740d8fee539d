using System.CommandLine;

namespace OrleansBroker.Bench.Commands;

/// <summary>The harness's commands, one per family of workloads of issue 9.</summary>
public static class BenchCommands
{
    /// <summary>Every command, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<Command> All =>
    [
        new ThroughputCommand(),
        new ManyPartitionsCommand(),
        new ColdStartCommand(),
        new LatencyCommand(),
    ];
}
