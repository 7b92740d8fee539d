namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DescribeGroups response (key 15), v0-4: each group's state, protocol and members.</summary>
public sealed class DescribeGroupsResponse : IKafkaResponse, IKafkaMessage<DescribeGroupsResponse>
{
    /// <summary>What Kafka sends when authorized operations were not asked for.</summary>
    public const int AuthorizedOperationsOmitted = int.MinValue;

    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DescribeGroups;

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>One description per group asked for.</summary>
    public IReadOnlyList<Group> Groups { get; set; } = [];

    /// <inheritdoc/>
    public static DescribeGroupsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new DescribeGroupsResponse();
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.Groups = reader.ReadArray<Group>("Groups", version);
        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 1)
        {
            writer.WriteInt32(ThrottleTimeMs);
        }

        writer.WriteArray(Groups, version);
    }

    /// <summary>One group, or the error that stopped describing it.</summary>
    public sealed class Group : IKafkaWritable, IKafkaReadable<Group>
    {
        /// <summary>0, or why the group could not be described (16: not coordinator, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>The group id.</summary>
        public string GroupId { get; set; } = "";

        /// <summary>"Empty", "PreparingRebalance", "CompletingRebalance", "Stable" or "Dead".</summary>
        public string GroupState { get; set; } = "";

        /// <summary>The protocol type, e.g. "consumer", or empty.</summary>
        public string ProtocolType { get; set; } = "";

        /// <summary>The assignment protocol chosen (when stable), e.g. "range", or empty.</summary>
        public string ProtocolData { get; set; } = "";

        /// <summary>The members.</summary>
        public IReadOnlyList<Member> Members { get; set; } = [];

        /// <summary>Bit field of operations the client may perform on the group (v3+).</summary>
        public int AuthorizedOperations { get; set; } = AuthorizedOperationsOmitted;

        /// <inheritdoc/>
        public static Group Read(ref KafkaReader reader, short version)
        {
            var group = new Group
            {
                ErrorCode = reader.ReadInt16("Groups.ErrorCode"),
                GroupId = reader.ReadString("Groups.GroupId"),
                GroupState = reader.ReadString("Groups.GroupState"),
                ProtocolType = reader.ReadString("Groups.ProtocolType"),
                ProtocolData = reader.ReadString("Groups.ProtocolData"),
                Members = reader.ReadArray<Member>("Groups.Members", version),
            };
            if (version >= 3)
            {
                group.AuthorizedOperations = reader.ReadInt32("Groups.AuthorizedOperations");
            }

            return group;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt16(ErrorCode);
            writer.WriteString(GroupId);
            writer.WriteString(GroupState);
            writer.WriteString(ProtocolType);
            writer.WriteString(ProtocolData);
            writer.WriteArray(Members, version);
            if (version >= 3)
            {
                writer.WriteInt32(AuthorizedOperations);
            }
        }
    }

    /// <summary>A group member.</summary>
    public sealed class Member : IKafkaWritable, IKafkaReadable<Member>
    {
        /// <summary>The member's id.</summary>
        public string MemberId { get; set; } = "";

        /// <summary>The static member's instance id, or null (v4+).</summary>
        public string? GroupInstanceId { get; set; }

        /// <summary>The client id of the member's last join.</summary>
        public string ClientId { get; set; } = "";

        /// <summary>The member's host, as the broker saw it, e.g. "/10.0.0.7".</summary>
        public string ClientHost { get; set; } = "";

        /// <summary>The member's metadata for the chosen protocol (when stable).</summary>
        public ReadOnlyMemory<byte> MemberMetadata { get; set; }

        /// <summary>The member's assignment (when stable).</summary>
        public ReadOnlyMemory<byte> MemberAssignment { get; set; }

        /// <inheritdoc/>
        public static Member Read(ref KafkaReader reader, short version)
        {
            var member = new Member { MemberId = reader.ReadString("Members.MemberId") };
            if (version >= 4)
            {
                member.GroupInstanceId = reader.ReadNullableString("Members.GroupInstanceId");
            }

            member.ClientId = reader.ReadString("Members.ClientId");
            member.ClientHost = reader.ReadString("Members.ClientHost");
            member.MemberMetadata = reader.ReadBytes("Members.MemberMetadata");
            member.MemberAssignment = reader.ReadBytes("Members.MemberAssignment");
            return member;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(MemberId);
            if (version >= 4)
            {
                writer.WriteNullableString(GroupInstanceId);
            }

            writer.WriteString(ClientId);
            writer.WriteString(ClientHost);
            writer.WriteBytes(MemberMetadata.Span);
            writer.WriteBytes(MemberAssignment.Span);
        }
    }
}
