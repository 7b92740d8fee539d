namespace OrleansBroker.Bench.Workloads;

/// <summary>The machine's load average, printed beside every figure: on a shared machine a figure means little without it.</summary>
internal static class MachineLoad
{
    /// <summary>The 1, 5 and 15 minute load averages, e.g. "3.10 2.85 2.40".</summary>
    public static string Now() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
