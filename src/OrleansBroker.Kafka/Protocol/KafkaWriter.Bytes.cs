namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// Raw bytes: classic (int32 length, -1 for null) and compact (unsigned varint length + 1, 0 for null). Nullable
/// fields, given as memory, may be spliced rather than copied (<see cref="SpliceFrom"/>).
/// </summary>
public sealed partial class KafkaWriter
{
    /// <summary>Writes bytes with an int32 length.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteInt32(value.Length);
        WriteRaw(value);
    }

    /// <summary>Writes bytes with an int32 length, or -1 for null.</summary>
    public void WriteNullableBytes(ReadOnlyMemory<byte>? value)
    {
        if (value is { } bytes)
        {
            WriteInt32(bytes.Length);
            if (!TrySplice(bytes))
            {
                WriteRaw(bytes.Span);
            }
        }
        else
        {
            WriteInt32(-1);
        }
    }

    /// <summary>Writes compact bytes.</summary>
    public void WriteCompactBytes(ReadOnlySpan<byte> value)
    {
        WriteUnsignedVarInt((uint)value.Length + 1);
        WriteRaw(value);
    }

    /// <summary>Writes compact bytes, or a length of 0 for null.</summary>
    public void WriteCompactNullableBytes(ReadOnlyMemory<byte>? value)
    {
        if (value is { } bytes)
        {
            WriteUnsignedVarInt((uint)bytes.Length + 1);
            if (!TrySplice(bytes))
            {
                WriteRaw(bytes.Span);
            }
        }
        else
        {
            WriteUnsignedVarInt(0);
        }
    }
}
