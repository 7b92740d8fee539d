using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups.Protocol;

/// <summary>Writes Kafka's non-flexible encoding: big-endian integers, int16-length strings, int32-length bytes and arrays, -1 for null.</summary>
internal sealed class ProtocolWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    /// <summary>Starts a message with its version header; the version must be one this SDK writes.</summary>
    public ProtocolWriter(short version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, ConsumerProtocol.LowestVersion);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, ConsumerProtocol.HighestVersion);
        WriteInt16(version);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    public void WriteInt16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(_buffer.GetSpan(sizeof(short)), value);
        _buffer.Advance(sizeof(short));
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(sizeof(int)), value);
        _buffer.Advance(sizeof(int));
    }

    /// <summary>An int16 length and UTF-8 bytes, or length -1 for null.</summary>
    public void WriteString(string? value)
    {
        if (value is null)
        {
            WriteInt16(-1);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        if (length > short.MaxValue)
        {
            throw new ArgumentException($"A string of {length} UTF-8 bytes is longer than the protocol's limit of {short.MaxValue}.", nameof(value));
        }

        WriteInt16((short)length);
        _buffer.Advance(Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length)));
    }

    /// <summary>An int32 length and the bytes, or length -1 for null.</summary>
    public void WriteBytes(byte[]? value)
    {
        WriteInt32(value?.Length ?? -1);
        _buffer.Write(value);
    }

    /// <summary>An int32 count, then each string.</summary>
    public void WriteStrings(IReadOnlyCollection<string> values)
    {
        WriteInt32(values.Count);
        foreach (var value in values)
        {
            WriteTopic(value);
        }
    }

    /// <summary>Kafka's <c>[]TopicPartition</c>: one entry per topic (in first-seen order) holding that topic's partitions in the given order.</summary>
    public void WriteTopicPartitions(IEnumerable<TopicPartition> partitions)
    {
        var byTopic = partitions.GroupBy(partition => partition.Topic, StringComparer.Ordinal).ToList();
        WriteInt32(byTopic.Count);
        foreach (var topic in byTopic)
        {
            WriteTopic(topic.Key);
            var numbers = topic.ToList();
            WriteInt32(numbers.Count);
            numbers.ForEach(partition => WriteInt32(partition.Partition));
        }
    }

    private void WriteTopic(string? topic) =>
        WriteString(topic ?? throw new ArgumentException("A topic name cannot be null: the protocol's topic strings are not nullable."));
}
