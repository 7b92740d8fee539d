using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.ConsumerGroups.Protocol;

/// <summary>
/// What a consumer sends as its protocol metadata in JoinGroup: Kafka's <c>ConsumerProtocolSubscription</c>, versions 0-3.
/// The group's leader decodes every member's subscription and runs the assignor over them. Equality compares the
/// lists and the byte array by reference.
/// </summary>
public sealed record ConsumerSubscription
{
    /// <summary>The <see cref="GenerationId"/> of a member that has none (Kafka's -1), and what versions 0 and 1 decode to.</summary>
    public const int NoGeneration = -1;

    /// <summary>The subscribed topics. Encoded in ordinal order, as Kafka's client writes them.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Assignor-specific bytes (for cooperative-sticky, the last generation as an int32), or null.</summary>
    public byte[]? UserData { get; init; }

    /// <summary>The partitions the member holds now (version 1 and up; empty when decoded from version 0). Encoded sorted by topic, then partition.</summary>
    public IReadOnlyList<TopicPartition> OwnedPartitions { get; init; } = [];

    /// <summary>The generation in which the member got <see cref="OwnedPartitions"/> (version 2 and up), or <see cref="NoGeneration"/>.</summary>
    public int GenerationId { get; init; } = NoGeneration;

    /// <summary>The member's rack (version 3 and up), or null. An empty rack decodes as null, as Kafka's client reads it.</summary>
    public string? RackId { get; init; }

    /// <summary>
    /// The member's group.instance.id, or null for a dynamic member. Not part of the encoding: the leader fills it in from
    /// the JoinGroup member list, and the range and round-robin assignors order static members by it, as Kafka's do.
    /// </summary>
    public string? GroupInstanceId { get; init; }

    /// <summary>
    /// Encodes the subscription at <paramref name="version"/> (0-3) behind its int16 version header. Fields the version
    /// lacks are left out, as Kafka drops its ignorable fields.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The version is not 0-3.</exception>
    public byte[] Encode(short version = ConsumerProtocol.HighestVersion)
    {
        var writer = new ProtocolWriter(version);
        writer.WriteStrings([.. Topics.Order(StringComparer.Ordinal)]);
        writer.WriteBytes(UserData);
        if (version >= 1)
        {
            writer.WriteTopicPartitions(OwnedPartitions.Order(TopicPartitionOrder.Instance));
        }

        if (version >= 2)
        {
            writer.WriteInt32(GenerationId);
        }

        if (version >= 3)
        {
            writer.WriteString(RackId);
        }

        return writer.ToArray();
    }

    /// <summary>Decodes a version-prefixed subscription of any version; versions above 3 are read as 3.</summary>
    /// <exception cref="BrokerException">The bytes are malformed (<see cref="ErrorCode.InvalidRequest"/>).</exception>
    public static ConsumerSubscription Decode(ReadOnlySpan<byte> data)
    {
        var reader = new ProtocolReader(data, "consumer protocol subscription");
        var version = reader.ReadVersion();
        var topics = reader.ReadStrings("Topics");
        var userData = reader.ReadNullableBytes("UserData");
        var owned = version >= 1 ? reader.ReadTopicPartitions("OwnedPartitions") : [];
        var generation = version >= 2 ? reader.ReadInt32("GenerationId") : NoGeneration;
        var rack = version >= 3 ? reader.ReadNullableString("RackId") : null;
        return new ConsumerSubscription
        {
            Topics = topics,
            UserData = userData,
            OwnedPartitions = owned,
            GenerationId = generation,
            RackId = string.IsNullOrEmpty(rack) ? null : rack,
        };
    }
}
