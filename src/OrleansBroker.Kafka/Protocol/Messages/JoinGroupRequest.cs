namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// JoinGroup request (key 11), v0-5: a member (re)joins a group with the assignment protocols it supports.
/// From v4 a first join with an empty member id is answered with MEMBER_ID_REQUIRED and the id to join again with.
/// </summary>
public sealed class JoinGroupRequest : IKafkaRequest, IKafkaMessage<JoinGroupRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.JoinGroup;

    /// <summary>The group id.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>How long the member may go without a heartbeat before it is removed, in milliseconds.</summary>
    public int SessionTimeoutMs { get; set; }

    /// <summary>
    /// How long the coordinator waits for members to rejoin in a rebalance, in milliseconds (v1+); -1 when absent,
    /// in which case v0's <see cref="SessionTimeoutMs"/> serves.
    /// </summary>
    public int RebalanceTimeoutMs { get; set; } = -1;

    /// <summary>The member id the coordinator gave, or empty on a first join.</summary>
    public string MemberId { get; set; } = "";

    /// <summary>The static member's instance id, or null for a dynamic member (v5+).</summary>
    public string? GroupInstanceId { get; set; }

    /// <summary>The kind of group, "consumer" for Kafka consumers.</summary>
    public string ProtocolType { get; set; } = "";

    /// <summary>The assignors the member supports, in order of preference, with their metadata.</summary>
    public IReadOnlyList<Protocol> Protocols { get; set; } = [];

    /// <inheritdoc/>
    public static JoinGroupRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new JoinGroupRequest
        {
            GroupId = reader.ReadString("GroupId"),
            SessionTimeoutMs = reader.ReadInt32("SessionTimeoutMs"),
        };
        if (version >= 1)
        {
            request.RebalanceTimeoutMs = reader.ReadInt32("RebalanceTimeoutMs");
        }

        request.MemberId = reader.ReadString("MemberId");
        if (version >= 5)
        {
            request.GroupInstanceId = reader.ReadNullableString("GroupInstanceId");
        }

        request.ProtocolType = reader.ReadString("ProtocolType");
        request.Protocols = reader.ReadArray<Protocol>("Protocols", version);
        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteString(GroupId);
        writer.WriteInt32(SessionTimeoutMs);
        if (version >= 1)
        {
            writer.WriteInt32(RebalanceTimeoutMs);
        }

        writer.WriteString(MemberId);
        if (version >= 5)
        {
            writer.WriteNullableString(GroupInstanceId);
        }

        writer.WriteString(ProtocolType);
        writer.WriteArray(Protocols, version);
    }

    /// <summary>An assignment protocol the member supports.</summary>
    public sealed class Protocol : IKafkaWritable, IKafkaReadable<Protocol>
    {
        /// <summary>The protocol's name, e.g. "range" or "cooperative-sticky".</summary>
        public string Name { get; set; } = "";

        /// <summary>The member's metadata for the protocol (for consumers: subscription in Kafka's consumer protocol).</summary>
        public ReadOnlyMemory<byte> Metadata { get; set; }

        /// <inheritdoc/>
        public static Protocol Read(ref KafkaReader reader, short version) => new()
        {
            Name = reader.ReadString("Protocols.Name"),
            Metadata = reader.ReadBytes("Protocols.Metadata"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(Name);
            writer.WriteBytes(Metadata.Span);
        }
    }
}
