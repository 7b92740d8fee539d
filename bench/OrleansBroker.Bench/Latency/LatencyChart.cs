using OrleansBroker.Bench.Charts;

namespace OrleansBroker.Bench.Latency;

/// <summary>The latency chart: median p50, p99 and p99.9 produce-to-consume milliseconds, a bar per target.</summary>
internal static class LatencyChart
{
    public static void Save(LatencyResults results, string title, string path)
    {
        var percentiles = new (string Label, Func<(double P50, double P99, double P999), double> Pick)[]
        {
            ("p50", medians => medians.P50),
            ("p99", medians => medians.P99),
            ("p99.9", medians => medians.P999),
        };
        var groups = percentiles.Select(percentile => new GroupedBarChart.Group(
            percentile.Label, [.. results.Targets.Select(target => (double?)percentile.Pick(results.Medians(target)))]));
        GroupedBarChart.Save(results.Targets, [.. groups], "produce-to-consume ms (median of runs)", title, path);
    }
}
