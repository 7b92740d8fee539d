namespace OrleansBroker.Frontend.Cluster;

/// <summary>A silo's own latest runtime statistics (Orleans' <see cref="SiloRuntimeStatistics"/>).</summary>
/// <param name="ActivationCount">Grain activations on the silo.</param>
/// <param name="CpuUsagePercent">Smoothed CPU usage of the machine, 0 to 100.</param>
/// <param name="MemoryUsageBytes">Smoothed managed memory the process uses.</param>
/// <param name="MaximumMemoryBytes">The memory the process may use before the GC collects aggressively (or its limit).</param>
/// <param name="ClientCount">Orleans clients (SDK users, <c>obk</c>, frontends) connected to its gateway.</param>
/// <param name="IsOverloaded">Whether the silo is shedding load.</param>
public sealed record SiloRuntime(
    int ActivationCount,
    float CpuUsagePercent,
    long MemoryUsageBytes,
    long MaximumMemoryBytes,
    long ClientCount,
    bool IsOverloaded)
{
    internal static SiloRuntime From(SiloRuntimeStatistics statistics) => new(
        statistics.ActivationCount,
        statistics.EnvironmentStatistics.FilteredCpuUsagePercentage,
        statistics.EnvironmentStatistics.FilteredMemoryUsageBytes,
        statistics.EnvironmentStatistics.MaximumAvailableMemoryBytes,
        statistics.ClientCount,
        statistics.IsOverloaded);
}
