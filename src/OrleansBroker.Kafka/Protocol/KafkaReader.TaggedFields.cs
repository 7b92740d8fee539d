namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// The tagged-field section that ends every structure of a flexible version (KIP-482): an unsigned varint count,
/// then per field an unsigned varint tag (strictly ascending), an unsigned varint size and that many bytes.
/// </summary>
public ref partial struct KafkaReader
{
    /// <summary>Reads the number of tagged fields that follow.</summary>
    public int ReadTaggedFieldCount(string field)
    {
        var count = ReadUnsignedVarInt(field);

        // A field takes at least two bytes: its tag and its size.
        EnsurePossibleCount(count, elementSize: 2, field);
        return (int)count;
    }

    /// <summary>
    /// Reads one tagged field's tag and hands back a reader over exactly its content, which the caller parses if it
    /// knows the tag and ignores otherwise. <paramref name="previousTag"/> starts at -1 and enforces the ascending order.
    /// </summary>
    public uint ReadTaggedField(string field, ref long previousTag, out KafkaReader content)
    {
        var tag = ReadUnsignedVarInt(field);
        if (tag <= previousTag)
        {
            throw new KafkaProtocolException($"{field}: tag {tag} follows tag {previousTag}; tags must ascend");
        }

        previousTag = tag;
        var size = ReadUnsignedVarInt(field);
        EnsureAvailable(size, field);
        content = new KafkaReader(TakeMemory((int)size, field));
        return tag;
    }

    /// <summary>Reads a tagged-field section none of whose tags the caller knows, skipping every field.</summary>
    public void SkipTaggedFields(string field)
    {
        var count = ReadTaggedFieldCount(field);
        var previousTag = -1L;
        for (var i = 0; i < count; i++)
        {
            ReadTaggedField(field, ref previousTag, out _);
        }
    }
}
