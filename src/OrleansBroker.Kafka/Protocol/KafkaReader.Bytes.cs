namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// Raw bytes (record batches, group metadata): classic (int32 length, -1 for null) and compact (unsigned varint
/// length + 1, 0 for null). The result is a slice of the frame, not a copy.
/// </summary>
public ref partial struct KafkaReader
{
    /// <summary>Reads bytes with an int32 length; null is refused.</summary>
    public ReadOnlyMemory<byte> ReadBytes(string field)
    {
        var length = ReadInt32(field);
        return length >= 0 ? TakeMemory(length, field) : throw BadLength(field, length, "these bytes may not be null");
    }

    /// <summary>Reads bytes with an int32 length, -1 meaning null.</summary>
    public ReadOnlyMemory<byte>? ReadNullableBytes(string field)
    {
        // Typed nulls throughout: an untyped null would become an empty ReadOnlyMemory through its conversion from arrays.
        var length = ReadInt32(field);
        return length switch
        {
            >= 0 => TakeMemory(length, field),
            -1 => (ReadOnlyMemory<byte>?)null,
            _ => throw BadLength(field, length, "only -1, meaning null, may be negative"),
        };
    }

    /// <summary>Reads compact bytes; null (a length of 0) is refused.</summary>
    public ReadOnlyMemory<byte> ReadCompactBytes(string field)
    {
        var lengthPlusOne = ReadUnsignedVarInt(field);
        return lengthPlusOne > 0
            ? TakeCompactMemory(lengthPlusOne - 1L, field)
            : throw BadLength(field, -1, "these bytes may not be null");
    }

    /// <summary>Reads compact bytes, a length of 0 meaning null.</summary>
    public ReadOnlyMemory<byte>? ReadCompactNullableBytes(string field)
    {
        var lengthPlusOne = ReadUnsignedVarInt(field);
        return lengthPlusOne > 0 ? TakeCompactMemory(lengthPlusOne - 1L, field) : (ReadOnlyMemory<byte>?)null;
    }

    private ReadOnlyMemory<byte> TakeCompactMemory(long length, string field)
    {
        EnsureAvailable(length, field);
        return TakeMemory((int)length, field);
    }
}
