using System.Diagnostics;

namespace OrleansBroker.Bench.Latency;

/// <summary>
/// The latency workload's value factory, which producers call just before each produce call: it holds the caller
/// until the record's slot in a Stopwatch schedule of <paramref name="recordsPerSecond"/>, then stamps the value with
/// the time (<see cref="TripStamp"/>). The producing thread sleeps 1 ms while ahead of the schedule, so records leave
/// in ticks of about rate/1,000 and on average exactly at the rate, without a timer per record.
/// </summary>
internal sealed class FixedRate(int recordsPerSecond)
{
    private long _start;
    private long _maxLagTicks;

    /// <summary>How far the producer fell behind its schedule at worst: a slow client delays its next sends.</summary>
    public TimeSpan MaxLag => Stopwatch.GetElapsedTime(0, _maxLagTicks);

    /// <summary>Waits for the slot of record <paramref name="sequence"/> (0 starts the schedule) and returns its stamped value.</summary>
    public byte[] Next(long sequence)
    {
        if (sequence == 0)
        {
            _start = Stopwatch.GetTimestamp();
        }

        var due = _start + (sequence * Stopwatch.Frequency / recordsPerSecond);
        while (Stopwatch.GetTimestamp() < due)
        {
            Thread.Sleep(1);
        }

        _maxLagTicks = Math.Max(_maxLagTicks, Stopwatch.GetTimestamp() - due);
        var value = BenchRecords.Value(sequence);
        TripStamp.Write(value);
        return value;
    }
}
