using System.Text;
using OrleansBroker.Bench.Workloads;

namespace OrleansBroker.Bench.Latency;

/// <summary>Each target's percentiles over the repetitions, as a markdown table of medians with ranges.</summary>
internal sealed class LatencyResults(IReadOnlyList<string> targets)
{
    private readonly Dictionary<string, (Spread P50, Spread P99, Spread P999, Spread Max)> _spreads =
        targets.ToDictionary(target => target, _ => (new Spread(), new Spread(), new Spread(), new Spread()));

    public void Add(string target, LatencyPercentiles latencies)
    {
        var (p50, p99, p999, max) = _spreads[target];
        p50.Add(latencies.P50);
        p99.Add(latencies.P99);
        p999.Add(latencies.P999);
        max.Add(latencies.Max);
    }

    /// <summary>The targets, in the table's order.</summary>
    public IReadOnlyList<string> Targets => targets;

    /// <summary>Median p50, p99 and p99.9 of <paramref name="target"/>'s runs, in milliseconds.</summary>
    public (double P50, double P99, double P999) Medians(string target)
    {
        var (p50, p99, p999, _) = _spreads[target];
        return (p50.Median, p99.Median, p999.Median);
    }

    /// <summary>One row per target: median (min–max) of p50, p99, p99.9 and max, in milliseconds.</summary>
    public string ToMarkdown()
    {
        var table = new StringBuilder("| target | p50 ms (min–max) | p99 ms (min–max) | p99.9 ms (min–max) | max ms (min–max) |\n|---|---:|---:|---:|---:|\n");
        foreach (var target in targets)
        {
            var (p50, p99, p999, max) = _spreads[target];
            table.Append($"| {target} | {p50.ToString("N2")} | {p99.ToString("N2")} | {p999.ToString("N2")} | {max.ToString("N1")} |\n");
        }

        return table.ToString();
    }
}
