using System.Buffers;
using System.IO.Compression;
using K4os.Compression.LZ4.Streams;
using ZstdSharp;

namespace OrleansBroker.Records;

/// <summary>
/// Decompresses the records area of a batch whole, for validation and reading; the batch's stored bytes are never
/// changed. Codec failures become <see cref="RecordBatchError.CorruptCompression"/>, and output past
/// <see cref="RecordBatchValidator.MaxDecompressedRecordsBytes"/> becomes <see cref="RecordBatchError.DecompressedTooLarge"/>.
/// </summary>
internal static class RecordDecompressor
{
    private const int MinimumBufferBytes = 4096;

    /// <summary>Decompresses <paramref name="compressed"/> (the bytes after the header) as <paramref name="codec"/> says.</summary>
    public static PooledRecords Decompress(CompressionType codec, ReadOnlySpan<byte> compressed)
    {
        try
        {
            return codec switch
            {
                CompressionType.Gzip => FromStream(codec, compressed, source => new GZipStream(source, CompressionMode.Decompress)),
                CompressionType.Snappy => SnappyRecords.Decompress(compressed),
                CompressionType.Lz4 => FromStream(codec, compressed, source => LZ4Stream.Decode(source)),
                CompressionType.Zstd => FromStream(codec, compressed, source => new DecompressionStream(source)),
                _ => throw new InvalidRecordBatchException(
                    RecordBatchError.UnsupportedCompression,
                    $"Record batch is compressed with codec {(int)codec}; supported are none (0), gzip (1), snappy (2), lz4 (3) and zstd (4)."),
            };
        }
        catch (Exception e) when (e is not InvalidRecordBatchException and not OutOfMemoryException)
        {
            throw Corrupt(codec, e.Message);
        }
    }

    /// <summary>The error for records that <paramref name="codec"/> cannot decode.</summary>
    public static InvalidRecordBatchException Corrupt(CompressionType codec, string why) =>
        new(RecordBatchError.CorruptCompression, $"Record batch compressed with {codec} does not decompress: {why}");

    /// <summary>The error for records that decompress past the limit: a decompression bomb, or a batch the broker will not hold.</summary>
    public static InvalidRecordBatchException TooLarge(CompressionType codec) => new(
        RecordBatchError.DecompressedTooLarge,
        $"Record batch compressed with {codec} decompresses to more than {RecordBatchValidator.MaxDecompressedRecordsBytes} bytes, the broker's limit for the records of one batch.");

    private static PooledRecords FromStream(CompressionType codec, ReadOnlySpan<byte> compressed, Func<Stream, Stream> decoder)
    {
        var input = ArrayPool<byte>.Shared.Rent(compressed.Length);
        try
        {
            compressed.CopyTo(input);
            using var decoded = decoder(new MemoryStream(input, 0, compressed.Length, writable: false));
            return ReadBounded(codec, decoded, sizeHint: compressed.Length * 4);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    /// <summary>Reads <paramref name="decoded"/> to its end into a pooled buffer, refusing to go past the limit.</summary>
    private static PooledRecords ReadBounded(CompressionType codec, Stream decoded, int sizeHint)
    {
        var limit = RecordBatchValidator.MaxDecompressedRecordsBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(sizeHint, MinimumBufferBytes, limit));
        var length = 0;
        try
        {
            while (true)
            {
                var capacity = Math.Min(buffer.Length, limit);
                if (length == capacity && capacity == limit)
                {
                    Span<byte> probe = stackalloc byte[1];
                    return decoded.Read(probe) == 0 ? new PooledRecords(buffer, length) : throw TooLarge(codec);
                }

                if (length == capacity)
                {
                    buffer = Grow(buffer, length, Math.Min(limit, length * 2));
                    capacity = Math.Min(buffer.Length, limit);
                }

                var read = decoded.Read(buffer, length, capacity - length);
                if (read == 0)
                {
                    return new PooledRecords(buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        var grown = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(buffer);
        return grown;
    }
}
