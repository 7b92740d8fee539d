using System.Globalization;

namespace OrleansBroker.Bench;

/// <summary>Records per second measured over several runs, reported as the median with the range: one noisy run must not decide.</summary>
internal sealed class RateSummary
{
    private readonly List<double> _rates = [];

    public double Median
    {
        get
        {
            var sorted = _rates.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public void Add(double recordsPerSecond) => _rates.Add(recordsPerSecond);

    /// <summary>For example "1,234,567 (1,100,000–1,300,000) rec/s, 123.5 MB/s".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Median,10:N0} ({_rates.Min():N0}–{_rates.Max():N0}) rec/s, {Median * BenchRecords.ValueBytes / 1e6:N1} MB/s");
}
