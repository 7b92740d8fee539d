using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.ConsumerGroups.Protocol;

/// <summary>
/// One member's share of a rebalance, as the leader sends it through SyncGroup: Kafka's <c>ConsumerProtocolAssignment</c>,
/// versions 0-3 (all four carry the same fields). Equality compares the list and the byte array by reference.
/// </summary>
public sealed record ConsumerAssignment
{
    /// <summary>The partitions assigned to the member. Encoded grouped by topic, topics in first-seen order, partitions in the given order.</summary>
    public IReadOnlyList<TopicPartition> Partitions { get; init; } = [];

    /// <summary>Assignor-specific bytes, or null (none of the built-in assignors sends any).</summary>
    public byte[]? UserData { get; init; }

    /// <summary>Encodes the assignment at <paramref name="version"/> (0-3) behind its int16 version header.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The version is not 0-3.</exception>
    public byte[] Encode(short version = ConsumerProtocol.HighestVersion)
    {
        var writer = new ProtocolWriter(version);
        writer.WriteTopicPartitions(Partitions);
        writer.WriteBytes(UserData);
        return writer.ToArray();
    }

    /// <summary>Decodes a version-prefixed assignment of any version; versions above 3 are read as 3.</summary>
    /// <exception cref="BrokerException">The bytes are malformed (<see cref="ErrorCode.InvalidRequest"/>).</exception>
    public static ConsumerAssignment Decode(ReadOnlySpan<byte> data)
    {
        var reader = new ProtocolReader(data, "consumer protocol assignment");
        reader.ReadVersion();
        var partitions = reader.ReadTopicPartitions("AssignedPartitions");
        return new ConsumerAssignment { Partitions = partitions, UserData = reader.ReadNullableBytes("UserData") };
    }
}
