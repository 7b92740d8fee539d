using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>Variable-length integers: zig-zag (signed, as in records) and unsigned (lengths and tags of flexible versions).</summary>
public ref partial struct KafkaReader
{
    // The fifth byte of a 32-bit unsigned varint carries its top 4 bits and no continuation bit.
    private const int LastByteShift = 28;
    private const byte LastByteMax = 0x0F;

    /// <summary>Reads a zig-zag varint that must fit an int32.</summary>
    public int ReadVarInt(string field)
    {
        var value = ReadZigZag(Varint.MaxInt32Bytes, field);
        if (value is < int.MinValue or > int.MaxValue)
        {
            throw new KafkaProtocolException($"{field}: varint {value} does not fit 32 bits");
        }

        return (int)value;
    }

    /// <summary>Reads a zig-zag varlong.</summary>
    public long ReadVarLong(string field) => ReadZigZag(Varint.MaxInt64Bytes, field);

    /// <summary>Reads an unsigned varint of at most 32 bits (5 bytes, the last holding 4 bits).</summary>
    public uint ReadUnsignedVarInt(string field)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = Take(1, field)[0];
            if (shift == LastByteShift && b > LastByteMax)
            {
                throw new KafkaProtocolException($"{field}: unsigned varint at offset {_position - 1} exceeds 32 bits");
            }

            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private long ReadZigZag(int maxBytes, string field)
    {
        if (!Varint.TryRead(_span[_position..], maxBytes, out var value, out var length))
        {
            throw new KafkaProtocolException(
                $"{field}: varint at offset {_position} is truncated or longer than {maxBytes} bytes");
        }

        _position += length;
        return value;
    }
}
