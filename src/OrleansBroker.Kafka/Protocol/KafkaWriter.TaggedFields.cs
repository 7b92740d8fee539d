namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// The tagged-field section that ends every structure of a flexible version: a count, then per field its tag, its
/// size and its content. The size is only known once the content is written, so space for the largest size is
/// reserved and the content moved down over what the actual size leaves unused.
/// </summary>
public sealed partial class KafkaWriter
{
    /// <summary>Writes an empty tagged-field section: what a structure with no known tagged field set ends with.</summary>
    public void WriteEmptyTaggedFields() => WriteUnsignedVarInt(0);

    /// <summary>Writes how many tagged fields follow; each is then written between the two calls below, tags ascending.</summary>
    public void WriteTaggedFieldCount(int count) => WriteUnsignedVarInt((uint)count);

    /// <summary>Writes <paramref name="tag"/> and reserves its size; returns the mark for <see cref="EndTaggedField"/>.</summary>
    public int BeginTaggedField(uint tag)
    {
        WriteUnsignedVarInt(tag);
        var mark = _length;
        Reserve(MaxUnsignedVarIntBytes);
        _openTaggedFields++;
        return mark;
    }

    /// <summary>Fills in the size of the field begun at <paramref name="mark"/> from the content written since.</summary>
    public void EndTaggedField(int mark)
    {
        var contentStart = mark + MaxUnsignedVarIntBytes;
        var size = _length - contentStart;
        var sizeBytes = SizeOfUnsignedVarInt((uint)size);
        EncodeUnsignedVarInt((uint)size, _buffer.AsSpan(mark, sizeBytes));
        _buffer.AsSpan(contentStart, size).CopyTo(_buffer.AsSpan(mark + sizeBytes));
        _length -= MaxUnsignedVarIntBytes - sizeBytes;
        _openTaggedFields--;
    }
}
