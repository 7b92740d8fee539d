using System.Text;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>UTF-8 strings: classic (int16 length, -1 for null) and compact (unsigned varint length + 1, 0 for null).</summary>
public sealed partial class KafkaWriter
{
    /// <summary>Writes a string with an int16 length.</summary>
    public void WriteString(string value)
    {
        var length = Utf8Length(value, short.MaxValue);
        WriteInt16((short)length);
        Encoding.UTF8.GetBytes(value, Reserve(length));
    }

    /// <summary>Writes a string with an int16 length, or -1 for null.</summary>
    public void WriteNullableString(string? value)
    {
        if (value is null)
        {
            WriteInt16(-1);
        }
        else
        {
            WriteString(value);
        }
    }

    /// <summary>Writes a compact string.</summary>
    public void WriteCompactString(string value)
    {
        var length = Utf8Length(value, int.MaxValue - 1);
        WriteUnsignedVarInt((uint)length + 1);
        Encoding.UTF8.GetBytes(value, Reserve(length));
    }

    /// <summary>Writes a compact string, or a length of 0 for null.</summary>
    public void WriteCompactNullableString(string? value)
    {
        if (value is null)
        {
            WriteUnsignedVarInt(0);
        }
        else
        {
            WriteCompactString(value);
        }
    }

    private static int Utf8Length(string value, int max)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        return length <= max
            ? length
            : throw new ArgumentException($"A string of {length} UTF-8 bytes exceeds the {max} this encoding can carry", nameof(value));
    }
}
