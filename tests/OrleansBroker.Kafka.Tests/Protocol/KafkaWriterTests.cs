using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol;

/// <summary>
/// Checks <see cref="KafkaWriter"/>: the exact bytes of each primitive (including the null forms), growth past the
/// first buffer and reuse after <see cref="KafkaWriter.Reset"/>, tagged fields whose size needs one to three varint
/// bytes (the content is moved down over the reserved space), and refusal of strings the wire cannot carry.
/// </summary>
public sealed class KafkaWriterTests
{
    [Fact]
    public void WriteFixedWidth_Values_GiveBigEndianBytes()
    {
        var hex = Write(writer =>
        {
            writer.WriteInt8(-1);
            writer.WriteInt16(short.MinValue);
            writer.WriteUInt16(65534);
            writer.WriteInt32(int.MinValue);
            writer.WriteUInt32(4294967294);
            writer.WriteInt64(long.MinValue + 1);
            writer.WriteFloat64(1.5);
            writer.WriteBoolean(true);
            writer.WriteBoolean(false);
            writer.WriteUuid(Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"));
        });

        Assert.Equal(
            "FF" + "8000" + "FFFE" + "80000000" + "FFFFFFFE" + "8000000000000001" + "3FF8000000000000" + "01" + "00"
                + "00112233445566778899AABBCCDDEEFF",
            hex);
    }

    [Theory]
    [InlineData(0u, "00")]
    [InlineData(127u, "7F")]
    [InlineData(128u, "8001")]
    [InlineData(300u, "AC02")]
    [InlineData(uint.MaxValue, "FFFFFFFF0F")]
    public void WriteUnsignedVarInt_Value_GivesSevenBitGroupsLowFirst(uint value, string expected) =>
        Assert.Equal(expected, Write(writer => writer.WriteUnsignedVarInt(value)));

    [Theory]
    [InlineData(-1, "01")]
    [InlineData(1, "02")]
    [InlineData(int.MinValue, "FFFFFFFF0F")]
    public void WriteVarInt_Value_GivesZigZagEncoding(int value, string expected) =>
        Assert.Equal(expected, Write(writer => writer.WriteVarInt(value)));

    [Fact]
    public void WriteVarLong_MinValue_GivesTenBytes() =>
        Assert.Equal("FFFFFFFFFFFFFFFFFF01", Write(writer => writer.WriteVarLong(long.MinValue)));

    [Fact]
    public void WriteStrings_ClassicAndCompact_GiveLengthPrefixedUtf8AndNullForms()
    {
        var hex = Write(writer =>
        {
            writer.WriteString("abc");
            writer.WriteNullableString(null);
            writer.WriteCompactString("éz");
            writer.WriteCompactNullableString(null);
            writer.WriteCompactNullableString("");
        });

        Assert.Equal("0003616263" + "FFFF" + "04C3A97A" + "00" + "01", hex);
    }

    [Fact]
    public void WriteBytesAndArrays_ClassicAndCompact_GiveLengthsAndNullForms()
    {
        var hex = Write(writer =>
        {
            writer.WriteBytes([0xAA]);
            writer.WriteNullableBytes(null);
            writer.WriteCompactBytes([0xBB, 0xCC]);
            writer.WriteCompactNullableBytes(null);
            writer.WriteInt32Array([7]);
            writer.WriteNullableStringArray(null);
            writer.WriteStringArray(["x"]);
        });

        Assert.Equal("00000001AA" + "FFFFFFFF" + "03BBCC" + "00" + "0000000100000007" + "FFFFFFFF" + "00000001000178", hex);
    }

    [Fact]
    public void WriteArraysOfStructures_ClassicAndCompact_GiveCountsThenElements()
    {
        IReadOnlyList<Probe> probes = [new(7), new(8)];

        var hex = Write(writer =>
        {
            writer.WriteArray(probes, 0);
            writer.WriteNullableArray<Probe>(null, 0);
            writer.WriteCompactArray(probes, 3);
            writer.WriteCompactNullableArray<Probe>(null, 3);
            writer.WriteCompactNullableArray<Probe>([], 3);
        });

        Assert.Equal("000000020708" + "FFFFFFFF" + "030708" + "00" + "01", hex);
    }

    [Fact]
    public void WriteString_LongerThanInt16_ThrowsArgumentException()
    {
        using var writer = new KafkaWriter();

        var error = Assert.Throws<ArgumentException>(() => writer.WriteString(new string('x', short.MaxValue + 1)));

        Assert.Contains("32768 UTF-8 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PastInitialCapacity_GrowsAndKeepsEveryByte()
    {
        using var writer = new KafkaWriter(initialCapacity: 1);
        var expected = Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray();

        writer.WriteInt16(1);
        writer.WriteRaw(expected);
        writer.WriteInt16(2);

        Assert.Equal(100_004, writer.Length);
        Assert.Equal(expected, writer.WrittenSpan[2..^2].ToArray());
        Assert.Equal("0002", Convert.ToHexString(writer.WrittenSpan[^2..]));
    }

    [Fact]
    public void Reset_AfterWriting_StartsAgainFromEmpty()
    {
        using var writer = new KafkaWriter();
        writer.WriteInt64(1);

        writer.Reset();
        writer.WriteInt8(5);

        Assert.Equal("05", Convert.ToHexString(writer.WrittenSpan));
    }

    [Theory]
    [InlineData(0, "00")]
    [InlineData(127, "7F")]
    [InlineData(128, "8001")]
    [InlineData(16_384, "808001")]
    public void TaggedField_ContentOfSize_SizeVarintThenContentWithoutGap(int size, string sizeHex)
    {
        var content = Enumerable.Range(0, size).Select(i => (byte)(i + 1)).ToArray();

        var hex = Write(writer =>
        {
            writer.WriteTaggedFieldCount(2);
            var mark = writer.BeginTaggedField(3);
            writer.WriteRaw(content);
            writer.EndTaggedField(mark);
            mark = writer.BeginTaggedField(300);
            writer.WriteInt8(9);
            writer.EndTaggedField(mark);
        });

        Assert.Equal("02" + "03" + sizeHex + Convert.ToHexString(content) + "AC02" + "01" + "09", hex);
    }

    [Fact]
    public void TaggedFields_WrittenThenRead_GiveTagsAndContents()
    {
        using var writer = new KafkaWriter();
        writer.WriteTaggedFieldCount(2);
        var mark = writer.BeginTaggedField(1);
        writer.WriteInt64(77);
        writer.EndTaggedField(mark);
        mark = writer.BeginTaggedField(4);
        writer.WriteCompactString("hi");
        writer.EndTaggedField(mark);

        var reader = new KafkaReader(writer.WrittenMemory);
        var previous = -1L;
        Assert.Equal(2, reader.ReadTaggedFieldCount("tags"));
        Assert.Equal(1u, reader.ReadTaggedField("tags", ref previous, out var first));
        Assert.Equal(77, first.ReadInt64("epoch"));
        Assert.Equal(4u, reader.ReadTaggedField("tags", ref previous, out var second));
        Assert.Equal("hi", second.ReadCompactString("name"));
        reader.EnsureEnd("tags");
    }

    [Fact]
    public void SkipTaggedFields_TagsOutOfOrder_ThrowsKafkaProtocolException()
    {
        var error = Assert.Throws<KafkaProtocolException>(() =>
        {
            var reader = new KafkaReader(Convert.FromHexString("02" + "0500" + "0300"));
            reader.SkipTaggedFields("Header tags");
        });

        Assert.Contains("tag 3 follows tag 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipTaggedFields_FieldLongerThanFrame_ThrowsKafkaProtocolException() =>
        Assert.Throws<KafkaProtocolException>(() =>
        {
            var reader = new KafkaReader(Convert.FromHexString("01" + "00" + "05" + "AABB"));
            reader.SkipTaggedFields("Header tags");
        });

    private sealed record Probe(sbyte Value) : IKafkaWritable
    {
        public void Write(KafkaWriter writer, short version) => writer.WriteInt8(Value);
    }

    private static string Write(Action<KafkaWriter> write)
    {
        using var writer = new KafkaWriter();
        write(writer);
        return Convert.ToHexString(writer.WrittenSpan);
    }
}
