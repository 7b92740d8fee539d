using System.Text;
using System.Text.Unicode;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>UTF-8 strings: classic (int16 length, -1 for null) and compact (unsigned varint length + 1, 0 for null).</summary>
public ref partial struct KafkaReader
{
    /// <summary>Reads a string with an int16 length; null is refused.</summary>
    public string ReadString(string field)
    {
        var length = ReadInt16(field);
        return length >= 0 ? DecodeUtf8(length, field) : throw BadLength(field, length, "this string may not be null");
    }

    /// <summary>Reads a string with an int16 length, -1 meaning null.</summary>
    public string? ReadNullableString(string field)
    {
        var length = ReadInt16(field);
        return length switch
        {
            >= 0 => DecodeUtf8(length, field),
            -1 => null,
            _ => throw BadLength(field, length, "only -1, meaning null, may be negative"),
        };
    }

    /// <summary>Reads a compact string; null (a length of 0) is refused.</summary>
    public string ReadCompactString(string field)
    {
        var lengthPlusOne = ReadUnsignedVarInt(field);
        return lengthPlusOne > 0
            ? DecodeUtf8(lengthPlusOne - 1L, field)
            : throw BadLength(field, -1, "this string may not be null");
    }

    /// <summary>Reads a compact string, a length of 0 meaning null.</summary>
    public string? ReadCompactNullableString(string field)
    {
        var lengthPlusOne = ReadUnsignedVarInt(field);
        return lengthPlusOne > 0 ? DecodeUtf8(lengthPlusOne - 1L, field) : null;
    }

    private string DecodeUtf8(long length, string field)
    {
        EnsureAvailable(length, field);
        var bytes = Take((int)length, field);
        if (!Utf8.IsValid(bytes))
        {
            throw new KafkaProtocolException($"{field}: the string ending at offset {_position} is not valid UTF-8");
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
