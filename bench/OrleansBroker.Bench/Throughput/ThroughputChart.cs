using OrleansBroker.Bench.Charts;

namespace OrleansBroker.Bench.Throughput;

/// <summary>The throughput chart: median million records/s, produce and consume per workload, a bar per target.</summary>
internal static class ThroughputChart
{
    public static void Save(ThroughputResults results, string title, string path)
    {
        var groups =
            from workload in results.Workloads
            from operation in new[] { "produce", "consume" }
            select new GroupedBarChart.Group(
                $"{workload.Name}: {operation}\n{workload.RecordBytes:N0} B, {workload.Producers}p/{workload.Consumers}c, {workload.Partitions} part.",
                [.. results.Targets.Select(target => results.Medians(workload, target) is { } medians ? (operation == "produce" ? medians.Produced : medians.Consumed) / 1e6 : (double?)null)]);
        GroupedBarChart.Save(results.Targets, [.. groups], "million records/s (median)", title, path);
    }
}
