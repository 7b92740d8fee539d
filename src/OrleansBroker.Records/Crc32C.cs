using System.Buffers.Binary;
using System.Numerics;

namespace OrleansBroker.Records;

/// <summary>CRC-32C (Castagnoli), the checksum of a Kafka RecordBatch v2, computed with the CPU's CRC32 instructions.</summary>
public static class Crc32C
{
    /// <summary>Computes the CRC-32C of <paramref name="data"/> (initial value and final XOR 0xFFFFFFFF).</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => ~Update(uint.MaxValue, data);

    private static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        // Four independent 8-byte lanes would be faster still, but one lane already runs at
        // several GB/s, well above what the log can write.
        while (data.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[sizeof(ulong)..];
        }

        foreach (var b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return crc;
    }
}
