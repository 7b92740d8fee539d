using ScottPlot;

namespace OrleansBroker.Bench.Throughput;

/// <summary>The README's chart: bars of median records/s, produce and consume per workload, one colour per target.</summary>
internal static class ThroughputChart
{
    public static void Save(ThroughputResults results, string title, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var ticks = new List<Tick>();
        var slots = results.Targets.Count + 1;
        var group = 0;
        foreach (var workload in results.Workloads)
        {
            foreach (var (operation, pick) in new (string, Func<(double Produced, double Consumed), double>)[] { ("produce", m => m.Produced), ("consume", m => m.Consumed) })
            {
                for (var target = 0; target < results.Targets.Count; target++)
                {
                    if (results.Medians(workload, results.Targets[target]) is { } medians)
                    {
                        plot.Add.Bar(new Bar { Position = (group * slots) + target, Value = pick(medians) / 1e6, FillColor = palette.GetColor(target) });
                    }
                }

                ticks.Add(new Tick(((group * slots) + ((results.Targets.Count - 1) / 2.0)), $"{workload.Name}: {operation}\n{workload.RecordBytes:N0} B, {workload.Producers}p/{workload.Consumers}c, {workload.Partitions} part."));
                group++;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.Label.Text = "million records/s (median)";
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        for (var target = 0; target < results.Targets.Count; target++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = results.Targets[target], FillColor = palette.GetColor(target) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        plot.SavePng(path, 1400, 650);
    }
}
