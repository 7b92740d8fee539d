using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Checks how <see cref="RecordBatchValidator.Validate"/> judges a batch as a whole: the header and buffer sizes, the
/// magic byte, the CRC, the codec and the size limit. Every rejection must carry its specific
/// <see cref="RecordBatchError"/> and Kafka error code and leave the input bytes untouched; a valid batch reports
/// its largest record timestamp.
/// </summary>
public sealed class RecordBatchValidatorTests
{
    /// <summary>Size of <c>Build(3)</c>: the header plus three simple records.</summary>
    private const int ThreeRecordBatchSize = RecordBatchLayout.HeaderSize + (3 * SimpleRecordSize);

    [Fact]
    public void Validate_ValidBatch_ReturnsHeaderAndLargestRecordTimestamp()
    {
        var batch = Build(builder =>
        {
            builder.Add(3_000, Utf8("a"), Utf8("1"));
            builder.Add(7_000, Utf8("b"), Utf8("2"));
            builder.Add(5_000, Utf8("c"), Utf8("3"));
        });

        var validated = RecordBatchValidator.Validate(batch, batch.Length);

        Assert.Equal(7_000, validated.LargestRecordTimestamp);
        Assert.Equal(RecordBatchHeader.Read(batch), validated.Header);
        Assert.Equal(3, validated.Header.RecordCount);
        Assert.Equal(2, validated.Header.LastOffsetDelta);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(RecordBatchLayout.HeaderSize - 1)]
    public void Validate_BufferShorterThanHeader_Truncated(int length) =>
        AssertRejected(Build(1)[..length], RecordBatchError.Truncated, ErrorCode.CorruptMessage);

    [Theory]
    [InlineData(1)]
    [InlineData(SimpleRecordSize)]
    [InlineData(3 * SimpleRecordSize)]
    public void Validate_BufferShorterThanLengthField_Truncated(int missingBytes)
    {
        var batch = Build(3);

        var error = AssertRejected(batch[..^missingBytes], RecordBatchError.Truncated, ErrorCode.CorruptMessage);

        Assert.Contains($"says {ThreeRecordBatchSize} bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(60)]
    [InlineData(109)]
    public void Validate_LastRecordCutOff_Truncated(int keptBytesOfLastRecord)
    {
        // The last record is 110 bytes: a two-byte length (108), so keeping one byte cuts the length varint itself.
        var full = Build(builder =>
        {
            builder.Add(FirstTimestamp, Utf8("a"), Utf8("1"));
            builder.Add(FirstTimestamp, Utf8("b"), new byte[100]);
        });
        var lastRecord = RecordPosition(full, 1);
        Assert.Equal(110, full.Length - lastRecord);

        AssertRejected(Resize(full, lastRecord + keptBytesOfLastRecord), RecordBatchError.Truncated, ErrorCode.CorruptMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Validate_MagicOtherThanTwo_UnsupportedMagic(byte magic)
    {
        var batch = Build(1);
        batch[RecordBatchLayout.Magic] = magic;

        AssertRejected(batch, RecordBatchError.UnsupportedMagic, ErrorCode.CorruptMessage);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(RecordBatchLayout.HeaderSize)]
    public void Validate_ExtraTrailingBytes_LengthMismatch(int extraBytes) =>
        AssertRejected(Concat(Build(2), new byte[extraBytes]), RecordBatchError.LengthMismatch, ErrorCode.CorruptMessage);

    [Fact]
    public void Validate_TwoWholeBatches_LengthMismatch() =>
        AssertRejected(Concat(Build(1), Build(1)), RecordBatchError.LengthMismatch, ErrorCode.CorruptMessage);

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(RecordBatchLayout.HeaderSize - RecordBatchLayout.LogOverhead - 1)]
    public void Validate_LengthFieldSmallerThanHeader_LengthMismatch(int batchLength)
    {
        var batch = Build(1);
        SetInt32(batch, RecordBatchLayout.BatchLength, batchLength);

        AssertRejected(batch, RecordBatchError.LengthMismatch, ErrorCode.CorruptMessage);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MaxValue - RecordBatchLayout.LogOverhead + 1)]
    public void Validate_LengthFieldOverflowingBatchSize_LengthMismatch(int batchLength)
    {
        var batch = Build(1);
        SetInt32(batch, RecordBatchLayout.BatchLength, batchLength);

        var error = AssertRejected(batch, RecordBatchError.LengthMismatch, ErrorCode.CorruptMessage);

        Assert.Contains($"length field {batchLength} is too large", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LengthFieldAtLargestBatchSize_Truncated()
    {
        var batch = Build(1);
        SetInt32(batch, RecordBatchLayout.BatchLength, int.MaxValue - RecordBatchLayout.LogOverhead);

        var error = AssertRejected(batch, RecordBatchError.Truncated, ErrorCode.CorruptMessage);

        Assert.Contains($"says {int.MaxValue} bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RecordBatchLayout.Crc)]
    [InlineData(RecordBatchLayout.Attributes)]
    [InlineData(RecordBatchLayout.Attributes + 1)]
    [InlineData(RecordBatchLayout.LastOffsetDelta + 3)]
    [InlineData(RecordBatchLayout.BaseTimestamp + 7)]
    [InlineData(RecordBatchLayout.MaxTimestamp)]
    [InlineData(RecordBatchLayout.ProducerId + 4)]
    [InlineData(RecordBatchLayout.ProducerEpoch)]
    [InlineData(RecordBatchLayout.BaseSequence + 3)]
    [InlineData(RecordBatchLayout.RecordCount + 3)]
    [InlineData(RecordBatchLayout.HeaderSize)] // record 0's length
    [InlineData(RecordBatchLayout.HeaderSize + 14)] // inside record 0's value "value-0"
    [InlineData(RecordBatchLayout.HeaderSize + (2 * SimpleRecordSize) + 14)] // inside record 2's value
    [InlineData(ThreeRecordBatchSize - 1)] // record 2's header count, the last byte
    public void Validate_OneBitFlippedAfterCrcField_CrcMismatch(int position)
    {
        var batch = Build(3);
        Assert.Equal(ThreeRecordBatchSize, batch.Length);
        batch[position] ^= 0x01;

        AssertRejected(batch, RecordBatchError.CrcMismatch, ErrorCode.CorruptMessage);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Validate_UnknownCodecWithValidCrc_UnsupportedCompression(short codec)
    {
        var batch = Build(2);
        SetInt16(batch, RecordBatchLayout.Attributes, codec);

        var error = AssertRejected(batch, RecordBatchError.UnsupportedCompression, ErrorCode.UnsupportedCompressionType);

        Assert.Equal(
            $"Record batch is compressed with codec {codec}; supported are none (0), gzip (1), snappy (2), lz4 (3) and zstd (4).",
            error.Message);
    }

    [Fact]
    public void Validate_LimitOneBelowSize_TooLarge()
    {
        var batch = Build(3);

        var error = AssertRejected(batch, RecordBatchError.TooLarge, ErrorCode.MessageTooLarge, maxBatchBytes: batch.Length - 1);

        Assert.Contains($"{batch.Length} bytes exceeds the limit of {batch.Length - 1}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LimitExactlySize_Passes()
    {
        var batch = Build(3);

        var validated = RecordBatchValidator.Validate(batch, batch.Length);

        Assert.Equal(batch.Length, validated.Header.SizeInBytes);
        Assert.Equal(FirstTimestamp + 2, validated.LargestRecordTimestamp);
    }

    [Fact]
    public void Validate_RejectedBatch_LeavesInputUnchanged()
    {
        var batch = Build(3);
        batch[^1] ^= 0x01;
        var before = batch.ToArray();

        Assert.Throws<InvalidRecordBatchException>(() => RecordBatchValidator.Validate(batch, NoLimit));

        Assert.Equal(before, batch);
    }
}
