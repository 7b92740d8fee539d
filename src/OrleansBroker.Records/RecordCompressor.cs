using System.Buffers;
using System.IO.Compression;
using K4os.Compression.LZ4.Streams;
using Snappier;
using ZstdSharp;

namespace OrleansBroker.Records;

/// <summary>
/// Compresses a records area the way Kafka clients do, so that any Kafka consumer can read what the builder makes:
/// gzip, a raw snappy block (librdkafka's framing; snappy-java reads it too), an LZ4 frame with independent 64 KiB
/// blocks (the Java client refuses chained blocks), and a zstd frame.
/// </summary>
internal static class RecordCompressor
{
    private static readonly LZ4EncoderSettings Lz4Settings = new() { ChainBlocks = false, BlockSize = 64 * 1024 };

    /// <summary>The compressed bytes of <paramref name="records"/>.</summary>
    public static byte[] Compress(CompressionType codec, ReadOnlySpan<byte> records) => codec switch
    {
        CompressionType.Gzip => Gzip(records),
        CompressionType.Snappy => Snappy.CompressToArray(records),
        CompressionType.Lz4 => Lz4(records),
        CompressionType.Zstd => Zstd(records),
        _ => throw new ArgumentOutOfRangeException(nameof(codec), codec, "Not a codec the builder can write."),
    };

    private static byte[] Gzip(ReadOnlySpan<byte> records)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(records);
        }

        return output.ToArray();
    }

    private static byte[] Zstd(ReadOnlySpan<byte> records)
    {
        using var compressor = new Compressor();
        return compressor.Wrap(records).ToArray();
    }

    private static byte[] Lz4(ReadOnlySpan<byte> records)
    {
        var output = new ArrayBufferWriter<byte>();
        LZ4Frame.Encode(records, output, Lz4Settings);
        return output.WrittenSpan.ToArray();
    }
}
