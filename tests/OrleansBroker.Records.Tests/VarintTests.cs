namespace OrleansBroker.Records.Tests;

/// <summary>
/// Checks the zig-zag varints of a RecordBatch v2: exact encodings from the protobuf spec, round trips at every
/// byte-size boundary and at the 32- and 64-bit extremes, <see cref="Varint.SizeOf"/> agreeing with the bytes
/// written, and <see cref="Varint.TryRead"/> refusing input that ends early or runs past the allowed length.
/// </summary>
public sealed class VarintTests
{
    [Theory]
    [InlineData(0L, 1)]
    [InlineData(-1L, 1)]
    [InlineData(1L, 1)]
    [InlineData(63L, 1)]
    [InlineData(-64L, 1)]
    [InlineData(64L, 2)]
    [InlineData(-65L, 2)]
    [InlineData(8191L, 2)]
    [InlineData(8192L, 3)]
    [InlineData((long)int.MaxValue, 5)]
    [InlineData((long)int.MinValue, 5)]
    [InlineData(long.MaxValue, 10)]
    [InlineData(long.MinValue, 10)]
    public void WriteInt64_BoundaryValue_RoundTripsInExpectedSize(long value, int expectedSize)
    {
        var buffer = new byte[Varint.MaxInt64Bytes + 3];

        var written = Varint.WriteInt64(buffer, value);

        Assert.Equal(expectedSize, written);
        Assert.Equal(written, Varint.SizeOf(value));
        Assert.True(Varint.TryRead(buffer, Varint.MaxInt64Bytes, out var read, out var bytesRead));
        Assert.Equal(value, read);
        Assert.Equal(written, bytesRead);
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(-1L, "01")]
    [InlineData(1L, "02")]
    [InlineData(63L, "7E")]
    [InlineData(-64L, "7F")]
    [InlineData(64L, "8001")]
    [InlineData(300L, "D804")]
    [InlineData((long)int.MaxValue, "FEFFFFFF0F")]
    [InlineData((long)int.MinValue, "FFFFFFFF0F")]
    [InlineData(long.MaxValue, "FEFFFFFFFFFFFFFFFF01")]
    [InlineData(long.MinValue, "FFFFFFFFFFFFFFFFFF01")]
    public void WriteInt64_KnownValue_WritesProtobufZigZagBytes(long value, string expectedHex)
    {
        var buffer = new byte[Varint.MaxInt64Bytes];

        var written = Varint.WriteInt64(buffer, value);

        Assert.Equal(expectedHex, Convert.ToHexString(buffer, 0, written));
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(0)]
    public void TryRead_Int32ExtremeWithInt32Limit_Succeeds(int value)
    {
        var buffer = new byte[Varint.MaxInt32Bytes];
        Varint.WriteInt64(buffer, value);

        Assert.True(Varint.TryRead(buffer, Varint.MaxInt32Bytes, out var read, out _));
        Assert.Equal(value, read);
    }

    [Fact]
    public void TryRead_BytesAfterTheVarint_AreNotConsumed()
    {
        byte[] buffer = [0xD8, 0x04, 0xFF, 0xFF];

        Assert.True(Varint.TryRead(buffer, Varint.MaxInt64Bytes, out var value, out var bytesRead));
        Assert.Equal(300, value);
        Assert.Equal(2, bytesRead);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void TryRead_TruncatedInput_ReturnsFalse(int keptBytes)
    {
        var buffer = new byte[Varint.MaxInt64Bytes];
        Varint.WriteInt64(buffer, long.MinValue);

        Assert.False(Varint.TryRead(buffer.AsSpan(0, keptBytes), Varint.MaxInt64Bytes, out var value, out var bytesRead));
        Assert.Equal(0, value);
        Assert.Equal(0, bytesRead);
    }

    [Theory]
    [InlineData(Varint.MaxInt32Bytes)]
    [InlineData(Varint.MaxInt64Bytes)]
    public void TryRead_MoreContinuationBytesThanAllowed_ReturnsFalse(int maxBytes)
    {
        // maxBytes bytes with the continuation bit set, then a terminator one byte too late.
        var buffer = new byte[maxBytes + 1];
        buffer.AsSpan(0, maxBytes).Fill(0x80);

        Assert.False(Varint.TryRead(buffer, maxBytes, out _, out var bytesRead));
        Assert.Equal(0, bytesRead);
        Assert.True(Varint.TryRead(buffer, maxBytes + 1, out var padded, out _));
        Assert.Equal(0, padded);
    }

    [Fact]
    public void TryRead_Int64ValueWithInt32Limit_ReturnsFalse()
    {
        var buffer = new byte[Varint.MaxInt64Bytes];
        Varint.WriteInt64(buffer, long.MaxValue);

        Assert.False(Varint.TryRead(buffer, Varint.MaxInt32Bytes, out _, out _));
    }
}
