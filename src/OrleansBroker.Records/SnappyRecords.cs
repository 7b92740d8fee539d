using System.Buffers;
using System.Buffers.Binary;
using Snappier;

namespace OrleansBroker.Records;

/// <summary>
/// Snappy records in either framing Kafka clients write: the Java client's snappy-java (xerial) stream — a 16-byte
/// header (magic <c>82 'SNAPPY' 00</c>, version, compatible version) then chunks of int32 big-endian length + raw
/// snappy block — or librdkafka's single raw snappy block. Told apart by the magic, as librdkafka and snappy-java do.
/// Every block states its decompressed length up front, so the limit is checked before anything is allocated.
/// </summary>
internal static class SnappyRecords
{
    private const int XerialHeaderSize = 16;

    private static ReadOnlySpan<byte> XerialMagic => [0x82, (byte)'S', (byte)'N', (byte)'A', (byte)'P', (byte)'P', (byte)'Y', 0];

    /// <summary>Decompresses the records area; throws for bad blocks or a total over the limit.</summary>
    public static PooledRecords Decompress(ReadOnlySpan<byte> compressed)
    {
        var isXerial = compressed.StartsWith(XerialMagic);
        var blocks = isXerial ? compressed[Math.Min(XerialHeaderSize, compressed.Length)..] : compressed;
        var total = 0L;
        for (var rest = blocks; NextBlock(isXerial, ref rest, out var block);)
        {
            total += Snappy.GetUncompressedLength(block);
            if (total > RecordBatchValidator.MaxDecompressedRecordsBytes)
            {
                throw RecordDecompressor.TooLarge(CompressionType.Snappy);
            }
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)total);
        try
        {
            var length = 0;
            for (var rest = blocks; NextBlock(isXerial, ref rest, out var block);)
            {
                length += Snappy.Decompress(block, buffer.AsSpan(length, (int)total - length));
            }

            return new PooledRecords(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>Takes the next block off <paramref name="rest"/>: all of it when raw, one length-prefixed chunk when xerial.</summary>
    private static bool NextBlock(bool isXerial, ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> block)
    {
        block = rest;
        if (!isXerial || rest.IsEmpty)
        {
            rest = default;
            return !block.IsEmpty;
        }

        var length = rest.Length >= sizeof(int) ? BinaryPrimitives.ReadInt32BigEndian(rest) : -1;
        if (length < 0 || length > rest.Length - sizeof(int))
        {
            throw RecordDecompressor.Corrupt(CompressionType.Snappy, $"a snappy-java chunk of {length} bytes does not fit the {rest.Length} bytes left.");
        }

        block = rest.Slice(sizeof(int), length);
        rest = rest[(sizeof(int) + length)..];
        return true;
    }
}
