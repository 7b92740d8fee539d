using System.Globalization;
using System.Text;
using OrleansBroker.Bench.Workloads;

namespace OrleansBroker.Bench.Throughput;

/// <summary>Every measured run, by workload and target, and the README table made from them: medians, ranges and ratios.</summary>
internal sealed class ThroughputResults(IReadOnlyList<string> targets)
{
    private readonly Dictionary<(string Workload, string Target), (Spread Produced, Spread Consumed)> _runs = [];
    private readonly List<Workload> _workloads = [];

    public IReadOnlyList<string> Targets => targets;

    public IReadOnlyList<Workload> Workloads => _workloads;

    public void Add(Workload workload, string target, double produced, double consumed)
    {
        if (!_workloads.Contains(workload))
        {
            _workloads.Add(workload);
        }

        if (!_runs.TryGetValue((workload.Name, target), out var spreads))
        {
            _runs[(workload.Name, target)] = spreads = (new Spread(), new Spread());
        }

        spreads.Produced.Add(produced);
        spreads.Consumed.Add(consumed);
    }

    /// <summary>Median records/s produced and consumed; null when the target was not measured.</summary>
    public (double Produced, double Consumed)? Medians(Workload workload, string target) =>
        _runs.TryGetValue((workload.Name, target), out var spreads) ? (spreads.Produced.Median, spreads.Consumed.Median) : null;

    /// <summary>The markdown table: one row per workload and target, then the ratios of our two clients to each peer.</summary>
    public string ToMarkdown(IReadOnlyList<string> ours)
    {
        var table = new StringBuilder();
        table.AppendLine("| workload | target | produce rec/s (min–max) | consume rec/s (min–max) | produce MB/s |");
        table.AppendLine("|---|---|---:|---:|---:|");
        foreach (var workload in _workloads)
        {
            foreach (var target in targets.Where(target => _runs.ContainsKey((workload.Name, target))))
            {
                var (produced, consumed) = _runs[(workload.Name, target)];
                table.AppendLine(Invariant($"| {workload.Name} | {target} | {produced.ToString("N0")} | {consumed.ToString("N0")} | {produced.Median * workload.RecordBytes / 1e6:N1} |"));
            }
        }

        table.AppendLine();
        table.AppendLine("| workload | ratio of medians | produce | consume |");
        table.AppendLine("|---|---|---:|---:|");
        foreach (var workload in _workloads)
        {
            foreach (var (our, peer) in ours.SelectMany(our => targets.Except(ours).Select(peer => (our, peer))))
            {
                if (Medians(workload, our) is { } a && Medians(workload, peer) is { } b)
                {
                    table.AppendLine(Invariant($"| {workload.Name} | {our} ÷ {peer} | {a.Produced / b.Produced:N2}× | {a.Consumed / b.Consumed:N2}× |"));
                }
            }
        }

        return table.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
