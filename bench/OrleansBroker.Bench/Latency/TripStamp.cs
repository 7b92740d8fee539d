using System.Buffers.Binary;
using System.Diagnostics;

namespace OrleansBroker.Bench.Latency;

/// <summary>
/// The send time a latency record carries after its <see cref="BenchRecords"/> header: a Stopwatch timestamp of the
/// producing process, which also consumes, so one clock times the whole trip.
/// </summary>
internal static class TripStamp
{
    /// <summary>Stamps <paramref name="value"/> with the current time.</summary>
    public static void Write(byte[] value) => BinaryPrimitives.WriteInt64BigEndian(value.AsSpan(BenchRecords.HeaderBytes), Stopwatch.GetTimestamp());

    /// <summary>Stopwatch ticks from the stamp in <paramref name="value"/> to <paramref name="now"/>.</summary>
    public static long TicksSince(ReadOnlySpan<byte> value, long now) => now - BinaryPrimitives.ReadInt64BigEndian(value[BenchRecords.HeaderBytes..]);
}
