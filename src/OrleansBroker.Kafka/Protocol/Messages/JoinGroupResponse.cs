namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// JoinGroup response (key 11), v0-5: the generation, the protocol chosen, the leader and, for the leader only,
/// every member's metadata to compute the assignment from.
/// </summary>
public sealed class JoinGroupResponse : IKafkaResponse, IKafkaMessage<JoinGroupResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.JoinGroup;

    /// <summary>How long the request was held back by a quota, in milliseconds (v2+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or why the join failed (79: member id required, 27: rebalance in progress, ...).</summary>
    public short ErrorCode { get; set; }

    /// <summary>The generation the member joined, -1 on error.</summary>
    public int GenerationId { get; set; } = -1;

    /// <summary>The assignment protocol the group chose; empty on error.</summary>
    public string ProtocolName { get; set; } = "";

    /// <summary>The member id of the group's leader.</summary>
    public string Leader { get; set; } = "";

    /// <summary>The member id of the joining member (new with MEMBER_ID_REQUIRED).</summary>
    public string MemberId { get; set; } = "";

    /// <summary>Every member with its metadata when the receiver is the leader; empty otherwise.</summary>
    public IReadOnlyList<Member> Members { get; set; } = [];

    /// <inheritdoc/>
    public static JoinGroupResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new JoinGroupResponse();
        if (version >= 2)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.ErrorCode = reader.ReadInt16("ErrorCode");
        response.GenerationId = reader.ReadInt32("GenerationId");
        response.ProtocolName = reader.ReadString("ProtocolName");
        response.Leader = reader.ReadString("Leader");
        response.MemberId = reader.ReadString("MemberId");
        response.Members = reader.ReadArray<Member>("Members", version);
        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 2)
        {
            writer.WriteInt32(ThrottleTimeMs);
        }

        writer.WriteInt16(ErrorCode);
        writer.WriteInt32(GenerationId);
        writer.WriteString(ProtocolName);
        writer.WriteString(Leader);
        writer.WriteString(MemberId);
        writer.WriteArray(Members, version);
    }

    /// <summary>A member of the group, as the leader sees it.</summary>
    public sealed class Member : IKafkaWritable, IKafkaReadable<Member>
    {
        /// <summary>The member's id.</summary>
        public string MemberId { get; set; } = "";

        /// <summary>The static member's instance id, or null (v5+).</summary>
        public string? GroupInstanceId { get; set; }

        /// <summary>The member's metadata for the chosen protocol.</summary>
        public ReadOnlyMemory<byte> Metadata { get; set; }

        /// <inheritdoc/>
        public static Member Read(ref KafkaReader reader, short version)
        {
            var member = new Member { MemberId = reader.ReadString("Members.MemberId") };
            if (version >= 5)
            {
                member.GroupInstanceId = reader.ReadNullableString("Members.GroupInstanceId");
            }

            member.Metadata = reader.ReadBytes("Members.Metadata");
            return member;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(MemberId);
            if (version >= 5)
            {
                writer.WriteNullableString(GroupInstanceId);
            }

            writer.WriteBytes(Metadata.Span);
        }
    }
}
