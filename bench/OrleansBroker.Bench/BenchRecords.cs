using System.Buffers.Binary;

namespace OrleansBroker.Bench;

/// <summary>
/// The records every target sends: values of a workload's size that start with their sequence number (8 bytes, big
/// endian) and their producer's index (4 bytes), so consumers can prove each record arrived exactly once and in order.
/// </summary>
internal static class BenchRecords
{
    /// <summary>The sequence number and producer index at the start of every value.</summary>
    public const int HeaderBytes = 12;

    /// <summary>The value size of workload (a) and of the single-partition workloads (e, f).</summary>
    public const int ValueBytes = 100;

    /// <summary>Record <paramref name="sequence"/> of a single producer, <see cref="ValueBytes"/> long.</summary>
    public static byte[] Value(long sequence) => Value(0, sequence, ValueBytes);

    /// <summary>Throws unless <paramref name="value"/> is record <paramref name="expected"/> of a single producer (<see cref="Value(long)"/>).</summary>
    public static void Check(byte[]? value, long expected)
    {
        var (_, sequence) = Read(value ?? [], ValueBytes);
        if (sequence != expected)
        {
            throw new InvalidOperationException($"Expected record {expected}, read record {sequence}: lost, duplicated or out of order.");
        }
    }

    /// <summary>A fresh value per record: a client may keep the array until the record is sent.</summary>
    public static byte[] Value(int producer, long sequence, int size)
    {
        var value = new byte[size];
        BinaryPrimitives.WriteInt64BigEndian(value, sequence);
        BinaryPrimitives.WriteInt32BigEndian(value.AsSpan(8), producer);
        return value;
    }

    /// <summary>The producer and sequence number written by <see cref="Value(int, long, int)"/>; throws for a value of another size.</summary>
    public static (int Producer, long Sequence) Read(ReadOnlySpan<byte> value, int size) =>
        value.Length == size
            ? (BinaryPrimitives.ReadInt32BigEndian(value[8..]), BinaryPrimitives.ReadInt64BigEndian(value))
            : throw new InvalidOperationException($"A record has a value of {value.Length} bytes, not {size}.");
}
