using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>Variable-length integers: zig-zag (signed, as in records) and unsigned (lengths and tags of flexible versions).</summary>
public sealed partial class KafkaWriter
{
    private const int MaxUnsignedVarIntBytes = 5;

    /// <summary>Writes a zig-zag varint.</summary>
    public void WriteVarInt(int value) => WriteVarLong(value);

    /// <summary>Writes a zig-zag varlong.</summary>
    public void WriteVarLong(long value)
    {
        var size = Varint.SizeOf(value);
        Varint.WriteInt64(Reserve(size), value);
    }

    /// <summary>Writes an unsigned varint: 7 bits a byte, low bits first, high bit set on all but the last.</summary>
    public void WriteUnsignedVarInt(uint value) => EncodeUnsignedVarInt(value, Reserve(SizeOfUnsignedVarInt(value)));

    private static int SizeOfUnsignedVarInt(uint value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    private static void EncodeUnsignedVarInt(uint value, Span<byte> destination)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i] = (byte)value;
    }
}
