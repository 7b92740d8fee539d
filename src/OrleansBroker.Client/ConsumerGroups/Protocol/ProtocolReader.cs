using System.Buffers.Binary;
using System.Text;
using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.ConsumerGroups.Protocol;

/// <summary>
/// Reads what <see cref="ProtocolWriter"/> writes and accepts what Kafka's generated readers accept: any negative length
/// of a nullable field is null, bytes after the last known field are ignored. Anything else malformed (too short, a
/// null where the schema has none, a count larger than the bytes left) is a <see cref="BrokerException"/> with
/// <see cref="ErrorCode.InvalidRequest"/> naming the message and field.
/// </summary>
internal ref struct ProtocolReader(ReadOnlySpan<byte> data, string message)
{
    private ReadOnlySpan<byte> _rest = data;

    /// <summary>The version header: negative is rejected, above <see cref="ConsumerProtocol.HighestVersion"/> is read as the highest.</summary>
    public short ReadVersion()
    {
        var version = ReadInt16("version");
        if (version < ConsumerProtocol.LowestVersion)
        {
            throw Malformed($"version {version} is not supported (the lowest is {ConsumerProtocol.LowestVersion})");
        }

        return Math.Min(version, ConsumerProtocol.HighestVersion);
    }

    public short ReadInt16(string field) => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short), field));

    public int ReadInt32(string field) => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int), field));

    /// <summary>A non-nullable string.</summary>
    public string ReadString(string field) => ReadNullableString(field) ?? throw Malformed($"'{field}' is null, but it cannot be");

    public string? ReadNullableString(string field)
    {
        var length = ReadInt16(field);
        return length < 0 ? null : Encoding.UTF8.GetString(Take(length, field));
    }

    public byte[]? ReadNullableBytes(string field)
    {
        var length = ReadInt32(field);
        return length < 0 ? null : Take(length, field).ToArray();
    }

    /// <summary>A non-nullable array of non-nullable strings.</summary>
    public List<string> ReadStrings(string field)
    {
        var count = ReadCount(field, sizeof(short));
        var values = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(ReadString(field));
        }

        return values;
    }

    /// <summary>Kafka's <c>[]TopicPartition</c> (topic, then its <c>[]int32</c> partitions), flattened in the order read.</summary>
    public List<TopicPartition> ReadTopicPartitions(string field)
    {
        var partitions = new List<TopicPartition>();
        var topics = ReadCount(field, sizeof(short) + sizeof(int));
        for (var i = 0; i < topics; i++)
        {
            var topic = ReadString($"{field}.Topic");
            var count = ReadCount($"{field}.Partitions", sizeof(int));
            for (var j = 0; j < count; j++)
            {
                partitions.Add(new TopicPartition(topic, ReadInt32($"{field}.Partitions")));
            }
        }

        return partitions;
    }

    /// <summary>A non-nullable array's count, which cannot exceed what the remaining bytes could hold.</summary>
    private int ReadCount(string field, int minElementSize)
    {
        var count = ReadInt32(field);
        if (count < 0)
        {
            throw Malformed($"'{field}' is null (count {count}), but it cannot be");
        }

        if (count > _rest.Length / minElementSize)
        {
            throw Malformed($"'{field}' claims {count} elements, but only {_rest.Length} bytes remain");
        }

        return count;
    }

    private ReadOnlySpan<byte> Take(int length, string field)
    {
        if (_rest.Length < length)
        {
            throw Malformed($"it ends inside '{field}' ({length} bytes needed, {_rest.Length} left)");
        }

        var taken = _rest[..length];
        _rest = _rest[length..];
        return taken;
    }

    private readonly BrokerException Malformed(string problem) => new(ErrorCode.InvalidRequest, $"Malformed {message}: {problem}.");
}
