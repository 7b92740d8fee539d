using ScottPlot;

namespace OrleansBroker.Bench.Charts;

/// <summary>
/// The README's charts: groups of bars side by side, one bar per target in each group, one colour per target, a legend,
/// written as a PNG by the harness that measured the figures.
/// </summary>
internal static class GroupedBarChart
{
    /// <summary>A group of bars under one label; a missing value (a target not run) leaves a gap.</summary>
    public sealed record Group(string Label, IReadOnlyList<double?> Values);

    public static void Save(IReadOnlyList<string> targets, IEnumerable<Group> groups, string valueAxis, string title, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var ticks = new List<Tick>();
        var slots = targets.Count + 1;
        var position = 0;
        foreach (var group in groups)
        {
            for (var target = 0; target < targets.Count; target++)
            {
                if (group.Values[target] is { } value)
                {
                    plot.Add.Bar(new Bar { Position = (position * slots) + target, Value = value, FillColor = palette.GetColor(target) });
                }
            }

            ticks.Add(new Tick((position * slots) + ((targets.Count - 1) / 2.0), group.Label));
            position++;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.Label.Text = valueAxis;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        for (var target = 0; target < targets.Count; target++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = targets[target], FillColor = palette.GetColor(target) });
        }

        plot.ShowLegend(Alignment.UpperRight);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        plot.SavePng(path, 1400, 650);
    }
}
