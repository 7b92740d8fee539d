using OrleansBroker.Records;

namespace OrleansBroker.Storage.Log;

/// <summary>
/// The checks a stored batch must pass before it is served: the magic, a length that fits, the base offset that
/// follows the batch before it (the CRC leaves the base offset out), and, for bytes this process has not validated
/// itself, the CRC-32C, which covers everything else but the leader epoch.
/// </summary>
internal static class BatchIntegrity
{
    /// <summary>What a scan that finds no whole batch (<see cref="BatchScanner.Outcome.Torn"/>) reports.</summary>
    public const string NotABatch = "bytes that are not a whole batch: cut short, a wrong magic or a length past the segment's end";

    /// <summary>What is wrong with the batch at the start of <paramref name="bytes"/> (its header in <paramref name="header"/>), or null when it is intact.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes, long expectedOffset, bool checkCrc, out RecordBatchHeader header)
    {
        header = default;
        if (bytes.Length < RecordBatchLayout.HeaderSize)
        {
            return $"{bytes.Length} bytes left, less than a batch header";
        }

        header = RecordBatchHeader.Read(bytes);
        if (header.Magic != RecordBatchLayout.CurrentMagic)
        {
            return $"magic {header.Magic} instead of {RecordBatchLayout.CurrentMagic}";
        }

        if (header.BatchLength < RecordBatchLayout.HeaderSize - RecordBatchLayout.LogOverhead || (long)header.BatchLength + RecordBatchLayout.LogOverhead > bytes.Length)
        {
            return $"a batch length of {header.BatchLength} bytes that does not fit the {bytes.Length} bytes there";
        }

        if (header.BaseOffset != expectedOffset)
        {
            return UnexpectedBaseOffset(header.BaseOffset, expectedOffset);
        }

        var crc = checkCrc ? Crc32C.Compute(bytes[RecordBatchLayout.Attributes..header.SizeInBytes]) : header.Crc;
        return crc == header.Crc ? null : $"CRC mismatch: stored 0x{header.Crc:X8}, computed 0x{crc:X8}";
    }

    /// <summary>What a batch whose base offset breaks the sequence reports.</summary>
    public static string UnexpectedBaseOffset(long actual, long expected) => $"base offset {actual} where {expected} was expected";
}
