using System.Diagnostics;

namespace OrleansBroker.Bench.Latency;

/// <summary>
/// Each record's trip from just before its produce call to its arrival at the consumer, kept per sequence number
/// (records before <paramref name="warmUpRecords"/> are not kept); percentiles come from sorting them all, exact for
/// the few hundred thousand records of a run.
/// </summary>
internal sealed class LatencyRecorder(int warmUpRecords, int records)
{
    private readonly long[] _ticks = new long[records - warmUpRecords];

    /// <summary>For <see cref="Arrivals"/>: times a record the moment the consumer hands it over.</summary>
    public void Arrived(ReadOnlySpan<byte> value)
    {
        var now = Stopwatch.GetTimestamp();
        var (_, sequence) = BenchRecords.Read(value, BenchRecords.ValueBytes);
        if (sequence >= warmUpRecords)
        {
            _ticks[sequence - warmUpRecords] = TripStamp.TicksSince(value, now);
        }
    }

    /// <summary>p50, p99, p99.9 (nearest rank) and max of the kept trips; call once every record has arrived.</summary>
    public LatencyPercentiles Percentiles()
    {
        var sorted = _ticks.Order().ToArray();
        double Milliseconds(double quantile) => Stopwatch.GetElapsedTime(0, sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)]).TotalMilliseconds;
        return new LatencyPercentiles(Milliseconds(0.50), Milliseconds(0.99), Milliseconds(0.999), Milliseconds(1.0));
    }
}
