using System.Globalization;

namespace OrleansBroker.Bench.Workloads;

/// <summary>One figure over several runs, quoted as the median with the range: on a shared machine one run must not decide.</summary>
internal sealed class Spread
{
    private readonly List<double> _values = [];

    public double Median
    {
        get
        {
            var sorted = _values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public void Add(double value) => _values.Add(value);

    /// <summary>For example "412 (398–530)" with <paramref name="format"/> "N0".</summary>
    public string ToString(string format) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({_values.Min().ToString(format, CultureInfo.InvariantCulture)}–{_values.Max().ToString(format, CultureInfo.InvariantCulture)})");
}
