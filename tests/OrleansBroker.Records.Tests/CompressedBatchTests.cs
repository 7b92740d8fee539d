using static OrleansBroker.Records.Tests.CompressedBatches;
using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Compressed batches: each codec in each framing clients write (gzip, raw and snappy-java snappy, LZ4 frames, zstd
/// streams, and the builder's own) validates by decompressing and checking every record, is left byte for byte as sent,
/// and reads back exactly as its uncompressed twin. Undecodable data is CORRUPT_MESSAGE naming the codec; records
/// that decompress past <see cref="RecordBatchValidator.MaxDecompressedRecordsBytes"/> (a decompression bomb) are refused.
/// </summary>
public sealed class CompressedBatchTests
{
    public static TheoryData<CompressionType> Codecs => [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd];

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Build_WithCompression_ValidatesUnchangedAndReadsAsUncompressed(CompressionType codec)
    {
        var plain = KeyedBatch(CompressionType.None);
        var batch = KeyedBatch(codec);
        var sent = batch.ToArray();

        var validated = RecordBatchValidator.Validate(batch, batch.Length);

        Assert.Equal((codec, 20, FirstTimestamp + 19), (validated.Header.Compression, validated.Header.RecordCount, validated.LargestRecordTimestamp));
        Assert.True(batch.Length < plain.Length / 2, $"{codec} batch of {batch.Length} bytes is not much smaller than the plain {plain.Length}.");
        Assert.Equal(sent, batch);
        Assert.Equal(Described(plain), Described(batch));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("snappy raw block")]
    [InlineData("snappy-java stream, one chunk")]
    [InlineData("snappy-java stream, 100-byte chunks")]
    [InlineData("lz4 frame, chained blocks")]
    [InlineData("zstd stream")]
    public void Validate_ClientFraming_ReadsAsUncompressed(string framing)
    {
        var plain = KeyedBatch(CompressionType.None);
        var batch = framing switch
        {
            "gzip" => Compress(plain, CompressionType.Gzip, Gzip),
            "snappy raw block" => Compress(plain, CompressionType.Snappy, RawSnappy),
            "snappy-java stream, one chunk" => Compress(plain, CompressionType.Snappy, data => XerialSnappy(data, 32 * 1024)),
            "snappy-java stream, 100-byte chunks" => Compress(plain, CompressionType.Snappy, data => XerialSnappy(data, 100)),
            "lz4 frame, chained blocks" => Compress(plain, CompressionType.Lz4, Lz4Frame),
            _ => Compress(plain, CompressionType.Zstd, ZstdStream),
        };

        Assert.Equal(20, RecordBatchValidator.Validate(batch, NoLimit).Header.RecordCount);
        Assert.Equal(Described(plain), Described(batch));
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Validate_GarbageForCompressedRecords_CorruptCompression(CompressionType codec)
    {
        var batch = WithRecords(Build(2), codec, Enumerable.Repeat((byte)0xFF, 32).ToArray());

        var error = AssertRejected(batch, RecordBatchError.CorruptCompression, ErrorCode.CorruptMessage);

        Assert.StartsWith($"Record batch compressed with {codec} does not decompress: ", error.Message, StringComparison.Ordinal);
        AssertFails(() => ReadRecords(batch), RecordBatchError.CorruptCompression, ErrorCode.CorruptMessage);
    }

    [Fact]
    public void Validate_SnappyJavaChunkLongerThanRest_CorruptCompression()
    {
        var records = XerialSnappy(RecordsOf(Build(2)), 1024);
        records[19]++; // the low byte of the first chunk's length, just after the 16-byte header
        var batch = WithRecords(Build(2), CompressionType.Snappy, records);

        var error = AssertRejected(batch, RecordBatchError.CorruptCompression, ErrorCode.CorruptMessage);

        Assert.Equal(
            $"Record batch compressed with Snappy does not decompress: a snappy-java chunk of {records.Length - 19} bytes does not fit the {records.Length - 16} bytes left.",
            error.Message);
    }

    [Fact]
    public void Validate_CompressedRecordsDisagreeWithCount_RecordCountMismatch()
    {
        var batch = KeyedBatch(CompressionType.Zstd);
        SetInt32(batch, RecordBatchLayout.RecordCount, 21);

        var error = AssertRejected(batch, RecordBatchError.RecordCountMismatch, ErrorCode.InvalidRecord);

        Assert.Equal("Record batch header says 21 records but the batch holds 20.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Validate_DecompressionBomb_DecompressedTooLarge(CompressionType codec)
    {
        var zeros = new byte[RecordBatchValidator.MaxDecompressedRecordsBytes + 1];
        var batch = WithRecords(Build(1), codec, Compressor(codec)(zeros));

        var error = AssertRejected(batch, RecordBatchError.DecompressedTooLarge, ErrorCode.MessageTooLarge);

        Assert.True(batch.Length < 4 * 1024 * 1024, $"The {codec} bomb is {batch.Length} bytes.");
        Assert.Equal(
            $"Record batch compressed with {codec} decompresses to more than 67108864 bytes, the broker's limit for the records of one batch.",
            error.Message);
    }

    [Fact]
    public void Validate_RecordsExactlyAtLimit_AreDecompressedAndChecked()
    {
        var batch = WithRecords(Build(1), CompressionType.Zstd, ZstdStream(new byte[RecordBatchValidator.MaxDecompressedRecordsBytes]));

        var error = AssertRejected(batch, RecordBatchError.CorruptRecord, ErrorCode.InvalidRecord);

        Assert.Equal("Record 0 of the batch is invalid: the record length 0 is not positive.", error.Message);
    }

    [Fact]
    public void Records_PlainThenCompressedBatches_ReadInOffsetOrder()
    {
        var compressed = Build(builder =>
        {
            builder.Compression = CompressionType.Lz4;
            builder.Add(FirstTimestamp, Utf8("k2"), Utf8("v2"));
            builder.Add(FirstTimestamp, Utf8("k3"), Utf8("v3"));
        });
        RecordBatchStamp.SetBaseOffset(compressed, 2);

        var records = ReadRecords(Concat(BuildAt(0, 2), compressed));

        Assert.Equal(
            [(0L, "value-0"), (1L, "value-1"), (2L, "v2"), (3L, "v3")],
            records.Select(record => (record.Offset, record.ValueText!)));
    }

    /// <summary>Twenty keyed records with repetitive values and headers, one with a null value, compressed as <paramref name="codec"/> says.</summary>
    private static byte[] KeyedBatch(CompressionType codec) => Build(builder =>
    {
        builder.Compression = codec;
        for (var i = 0; i < 20; i++)
        {
            Header[] headers = [new("trace", Utf8($"trace-{i % 3}")), new("empty", null)];
            var value = i == 7 ? null : (ReadOnlyMemory<byte>?)Utf8(string.Concat(Enumerable.Repeat($"value {i % 4} ", 20)));
            builder.Add(FirstTimestamp + i, Utf8($"key-{i}"), value, headers);
        }
    });

    /// <summary>Every record of <paramref name="batch"/> as one comparable line: offset, timestamp, key, value and headers.</summary>
    private static List<string> Described(byte[] batch) =>
        [.. ReadRecords(batch).Select(r => $"{r.Offset} {r.Timestamp} {r.KeyText} {r.ValueText ?? "<null>"} [{string.Join(", ", r.Headers)}]")];

    private static Func<byte[], byte[]> Compressor(CompressionType codec) => codec switch
    {
        CompressionType.Gzip => Gzip,
        CompressionType.Snappy => RawSnappy,
        CompressionType.Lz4 => Lz4Frame,
        _ => ZstdStream,
    };
}
