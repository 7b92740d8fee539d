using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol;

/// <summary>
/// Checks <see cref="KafkaReader"/> on hand-written bytes: big-endian integers, UUIDs and doubles, both varint kinds,
/// classic and compact strings, bytes and arrays with their null forms, and that bytes come back as slices of the
/// frame. Every malformed input must throw <see cref="KafkaProtocolException"/> naming the field: truncation,
/// negative lengths, null where null is not allowed, invalid UTF-8, counts that cannot fit, over-long varints.
/// </summary>
public sealed class KafkaReaderTests
{
    [Fact]
    public void ReadFixedWidth_BigEndianBytes_GivesValues()
    {
        var reader = Reader("FF" + "8000" + "FFFE" + "80000000" + "FFFFFFFE" + "8000000000000001" + "3FF8000000000000" + "01" + "02" + "00");

        Assert.Equal(-1, reader.ReadInt8("a"));
        Assert.Equal(short.MinValue, reader.ReadInt16("b"));
        Assert.Equal(65534, reader.ReadUInt16("c"));
        Assert.Equal(int.MinValue, reader.ReadInt32("d"));
        Assert.Equal(4294967294u, reader.ReadUInt32("e"));
        Assert.Equal(long.MinValue + 1, reader.ReadInt64("f"));
        Assert.Equal(1.5, reader.ReadFloat64("g"));
        Assert.True(reader.ReadBoolean("h"));
        Assert.True(reader.ReadBoolean("i"));
        Assert.False(reader.ReadBoolean("j"));
        reader.EnsureEnd("all");
    }

    [Fact]
    public void ReadUuid_SixteenBytes_MostSignificantFirst()
    {
        var reader = Reader("00112233445566778899AABBCCDDEEFF");

        Assert.Equal(Guid.Parse("00112233-4455-6677-8899-aabbccddeeff"), reader.ReadUuid("TopicId"));
    }

    [Theory]
    [InlineData("00", 0u)]
    [InlineData("7F", 127u)]
    [InlineData("8001", 128u)]
    [InlineData("AC02", 300u)]
    [InlineData("FFFFFFFF0F", uint.MaxValue)]
    public void ReadUnsignedVarInt_KnownEncoding_GivesValue(string hex, uint expected)
    {
        var reader = Reader(hex);

        Assert.Equal(expected, reader.ReadUnsignedVarInt("Length"));
        reader.EnsureEnd("varint");
    }

    [Theory]
    [InlineData("FFFFFFFF10")]
    [InlineData("FFFFFFFF8001")]
    public void ReadUnsignedVarInt_MoreThan32Bits_Throws(string hex) =>
        AssertRefused(
            hex, "Length: unsigned varint",
            (ref KafkaReader reader) => reader.ReadUnsignedVarInt("Length"));

    [Theory]
    [InlineData("01", -1)]
    [InlineData("02", 1)]
    [InlineData("FEFFFFFF0F", int.MaxValue)]
    [InlineData("FFFFFFFF0F", int.MinValue)]
    public void ReadVarInt_ZigZagEncoding_GivesValue(string hex, int expected) =>
        Assert.Equal(expected, Reader(hex).ReadVarInt("Delta"));

    [Fact]
    public void ReadVarInt_ValueBeyond32Bits_Throws() =>
        AssertRefused(
            "FEFFFFFF1F", "Delta: varint",
            (ref KafkaReader reader) => reader.ReadVarInt("Delta"));

    [Fact]
    public void ReadVarLong_ZigZagEncoding_GivesValue() =>
        Assert.Equal(long.MinValue, Reader("FFFFFFFFFFFFFFFFFF01").ReadVarLong("Timestamp"));

    [Fact]
    public void ReadVarLong_Unterminated_Throws() =>
        AssertRefused(
            "8080", "Timestamp: varint at offset 0 is truncated",
            (ref KafkaReader reader) => reader.ReadVarLong("Timestamp"));

    [Fact]
    public void ReadStrings_ClassicAndCompactForms_GiveValuesAndNulls()
    {
        var reader = Reader("0003616263" + "FFFF" + "0000" + "04C3A97A" + "00" + "01");

        Assert.Equal("abc", reader.ReadString("a"));
        Assert.Null(reader.ReadNullableString("b"));
        Assert.Equal("", reader.ReadNullableString("c"));
        Assert.Equal("éz", reader.ReadCompactString("d"));
        Assert.Null(reader.ReadCompactNullableString("e"));
        Assert.Equal("", reader.ReadCompactNullableString("f"));
        reader.EnsureEnd("strings");
    }

    [Fact]
    public void ReadString_NullWhereRequired_Throws() =>
        AssertRefused(
            "FFFF", "Name: length -1 at offset 2 is invalid (this string may not be null)",
            (ref KafkaReader reader) => reader.ReadString("Name"));

    [Fact]
    public void ReadNullableString_LengthBelowMinusOne_Throws() =>
        AssertRefused(
            "FFFE", "Name: length -2",
            (ref KafkaReader reader) => reader.ReadNullableString("Name"));

    [Fact]
    public void ReadCompactString_Null_Throws() =>
        AssertRefused(
            "00", "may not be null",
            (ref KafkaReader reader) => reader.ReadCompactString("Name"));

    [Fact]
    public void ReadString_LongerThanFrame_ThrowsTruncated() =>
        AssertRefused(
            "000561", "Name: truncated, needs 5 bytes at offset 2 but only 1 remain",
            (ref KafkaReader reader) => reader.ReadString("Name"));

    [Fact]
    public void ReadCompactString_LongerThanFrame_ThrowsTruncated() =>
        AssertRefused(
            "FFFFFFFF0F61", "Name: truncated",
            (ref KafkaReader reader) => reader.ReadCompactString("Name"));

    [Theory]
    [InlineData("0002C328")]
    [InlineData("0001FF")]
    [InlineData("0003EDA080")]
    public void ReadString_InvalidUtf8_Throws(string hex) =>
        AssertRefused(
            hex, "Name: the string ending at offset",
            (ref KafkaReader reader) => reader.ReadString("Name"));

    [Fact]
    public void ReadBytes_AllForms_ReturnSlicesOfTheFrame()
    {
        var frame = Convert.FromHexString("00000002AABB" + "FFFFFFFF" + "02CC" + "00");
        var reader = new KafkaReader(frame);

        var bytes = reader.ReadBytes("a");
        var nullBytes = reader.ReadNullableBytes("b");
        var compact = reader.ReadCompactBytes("c");
        var compactNull = reader.ReadCompactNullableBytes("d");

        Assert.Equal([0xAA, 0xBB], bytes.ToArray());
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment));
        Assert.Same(frame, segment.Array);
        Assert.Equal(4, segment.Offset);
        Assert.Null(nullBytes);
        Assert.Equal([0xCC], compact.ToArray());
        Assert.Null(compactNull);
    }

    [Fact]
    public void ReadBytes_NegativeLength_Throws() =>
        AssertRefused(
            "FFFFFFFE", "Records: length -2",
            (ref KafkaReader reader) => reader.ReadNullableBytes("Records"));

    [Fact]
    public void ReadArrays_CountsAndNulls_GiveElements()
    {
        var reader = Reader("00000002" + "00000007" + "FFFFFFFF" + "00000001" + "000178" + "FFFFFFFF");

        Assert.Equal([7, -1], reader.ReadInt32Array("Replicas"));
        Assert.Equal(["x"], reader.ReadStringArray("Names"));
        Assert.Null(reader.ReadNullableStringArray("Keys"));
        reader.EnsureEnd("arrays");
    }

    [Fact]
    public void ReadArray_CountLargerThanBytesLeft_ThrowsBeforeAllocating() =>
        AssertRefused(
            "7FFFFFFF00", "Topics: length 2147483647",
            (ref KafkaReader reader) => reader.ReadStringArray("Topics"));

    [Fact]
    public void ReadInt32Array_CountTimesFourLargerThanBytesLeft_Throws() =>
        AssertRefused(
            "00000002" + "00000001", "2 elements of at least 4 bytes cannot fit in the 4 bytes left",
            (ref KafkaReader reader) => reader.ReadInt32Array("Isr"));

    [Fact]
    public void ReadArray_NullWhereRequired_Throws() =>
        AssertRefused(
            "FFFFFFFF", "may not be null",
            (ref KafkaReader reader) => reader.ReadInt32Array("Isr"));

    [Fact]
    public void ReadCompactArray_CountLargerThanBytesLeft_Throws() =>
        AssertRefused("FFFFFFFF0F", "ApiKeys: length 4294967294", (ref KafkaReader reader) => reader.ReadCompactArray<Probe>("ApiKeys", 3));

    [Fact]
    public void ReadArraysOfStructures_ClassicAndCompact_GiveElementsAndNulls()
    {
        var reader = Reader("000000020708" + "FFFFFFFF" + "030708" + "01");

        Assert.Equal(2, reader.ReadArray<Probe>("Topics", 0).Length);
        Assert.Null(reader.ReadNullableArray<Probe>("Topics", 0));
        Assert.Equal(2, reader.ReadCompactArray<Probe>("ApiKeys", 3).Length);
        Assert.Empty(reader.ReadCompactNullableArray<Probe>("Features", 3)!);
        reader.EnsureEnd("arrays");
    }

    [Fact]
    public void ReadCompactNullableArray_ZeroCount_GivesNull() =>
        Assert.Null(Reader("00").ReadCompactNullableArray<Probe>("Features", 3));

    [Fact]
    public void EnsureEnd_BytesLeft_Throws() =>
        AssertRefused("0000", "Body: 1 unexpected bytes after the last field at offset 1", (ref KafkaReader reader) =>
        {
            reader.ReadInt8("first");
            reader.EnsureEnd("Body");
            return 0;
        });

    [Fact]
    public void ReadInt64_Truncated_ThrowsNamingField() =>
        AssertRefused(
            "000000", "BaseOffset: truncated, needs 8 bytes at offset 0 but only 3 remain",
            (ref KafkaReader reader) => reader.ReadInt64("BaseOffset"));

    private delegate object? ReadAction(ref KafkaReader reader);

    private static KafkaReader Reader(string hex) => new(Convert.FromHexString(hex));

    private static void AssertRefused(string hex, string expectedMessagePart, ReadAction read)
    {
        var error = Assert.Throws<KafkaProtocolException>(() =>
        {
            var reader = Reader(hex);
            return read(ref reader);
        });
        Assert.Contains(expectedMessagePart, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A one-byte structure, to exercise the generic array readers.</summary>
    private sealed class Probe : IKafkaReadable<Probe>
    {
        public static Probe Read(ref KafkaReader reader, short version)
        {
            reader.ReadInt8("Probe");
            return new Probe();
        }
    }
}
