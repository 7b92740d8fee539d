using System.Buffers.Binary;
using System.IO.Compression;
using K4os.Compression.LZ4.Streams;
using Snappier;
using ZstdSharp;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Makes compressed batches with the codec libraries directly, in the framings real clients write, independent of
/// <see cref="RecordBatchBuilder"/>'s own compression: a batch's records area is replaced by its compressed form and
/// the codec bits, length and CRC rewritten, as a producer would.
/// </summary>
internal static class CompressedBatches
{
    /// <summary>The 16-byte header snappy-java (the Java client) starts its stream with: magic, version 1, compatible version 1.</summary>
    private static readonly byte[] XerialHeader = [0x82, (byte)'S', (byte)'N', (byte)'A', (byte)'P', (byte)'P', (byte)'Y', 0, 0, 0, 0, 1, 0, 0, 0, 1];

    /// <summary>The records area of <paramref name="batch"/>.</summary>
    public static byte[] RecordsOf(byte[] batch) => batch[RecordBatchLayout.HeaderSize..];

    /// <summary><paramref name="batch"/>'s header with <paramref name="codec"/> set, followed by <paramref name="records"/> as they are.</summary>
    public static byte[] WithRecords(byte[] batch, CompressionType codec, byte[] records)
    {
        var result = TestBatches.Concat(batch[..RecordBatchLayout.HeaderSize], records);
        BinaryPrimitives.WriteInt32BigEndian(result.AsSpan(RecordBatchLayout.BatchLength), result.Length - RecordBatchLayout.LogOverhead);
        TestBatches.SetInt16(result, RecordBatchLayout.Attributes, (short)codec);
        return result;
    }

    /// <summary><paramref name="batch"/> with its records compressed by <paramref name="compress"/> and marked as <paramref name="codec"/>.</summary>
    public static byte[] Compress(byte[] batch, CompressionType codec, Func<byte[], byte[]> compress) =>
        WithRecords(batch, codec, compress(RecordsOf(batch)));

    /// <summary>A gzip member, as both clients write.</summary>
    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>One raw snappy block, as librdkafka writes.</summary>
    public static byte[] RawSnappy(byte[] data) => Snappy.CompressToArray(data);

    /// <summary>The snappy-java stream the Java client writes: the header, then each chunk of <paramref name="chunkSize"/> bytes as length + raw block.</summary>
    public static byte[] XerialSnappy(byte[] data, int chunkSize)
    {
        var output = new List<byte>(XerialHeader);
        foreach (var chunk in data.Chunk(chunkSize))
        {
            var block = Snappy.CompressToArray(chunk);
            var length = new byte[sizeof(int)];
            BinaryPrimitives.WriteInt32BigEndian(length, block.Length);
            output.AddRange(length);
            output.AddRange(block);
        }

        return [.. output];
    }

    /// <summary>An LZ4 frame written through the library's stream with its defaults (chained blocks, no content size).</summary>
    public static byte[] Lz4Frame(byte[] data)
    {
        using var output = new MemoryStream();
        using (var lz4 = LZ4Stream.Encode(output, leaveOpen: true))
        {
            lz4.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A zstd frame written as a stream, so it carries no content size (as zstd-jni's stream does).</summary>
    public static byte[] ZstdStream(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zstd = new CompressionStream(output, leaveOpen: true))
        {
            zstd.Write(data);
        }

        return output.ToArray();
    }
}
