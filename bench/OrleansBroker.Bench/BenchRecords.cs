using System.Buffers.Binary;

namespace OrleansBroker.Bench;

/// <summary>
/// The records every target sends: 100-byte values that start with their sequence number, so a consumer can prove it
/// read each record exactly once and in order; a run that loses, duplicates or reorders one fails.
/// </summary>
internal static class BenchRecords
{
    public const int ValueBytes = 100;

    /// <summary>A fresh value per record: a client may keep the array until the record is sent.</summary>
    public static byte[] Value(long sequence)
    {
        var value = new byte[ValueBytes];
        BinaryPrimitives.WriteInt64BigEndian(value, sequence);
        return value;
    }

    /// <summary>Throws unless <paramref name="value"/> is the record numbered <paramref name="expected"/>.</summary>
    public static void Check(byte[]? value, long expected)
    {
        if (value is not { Length: ValueBytes })
        {
            throw new InvalidOperationException($"Record {expected} has a value of {value?.Length} bytes, not {ValueBytes}.");
        }

        var sequence = BinaryPrimitives.ReadInt64BigEndian(value);
        if (sequence != expected)
        {
            throw new InvalidOperationException($"Expected record {expected}, read record {sequence}: lost, duplicated or out of order.");
        }
    }
}
