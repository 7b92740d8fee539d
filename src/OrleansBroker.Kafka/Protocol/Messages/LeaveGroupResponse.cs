namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>LeaveGroup response (key 13), v0-3: an error code, and from v3 one per member.</summary>
public sealed class LeaveGroupResponse : IKafkaResponse, IKafkaMessage<LeaveGroupResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.LeaveGroup;

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or the error for the whole request.</summary>
    public short ErrorCode { get; set; }

    /// <summary>Each member's result (v3+).</summary>
    public IReadOnlyList<Member> Members { get; set; } = [];

    /// <inheritdoc/>
    public static LeaveGroupResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new LeaveGroupResponse();
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.ErrorCode = reader.ReadInt16("ErrorCode");
        if (version >= 3)
        {
            response.Members = reader.ReadArray<Member>("Members", version);
        }

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

        writer.WriteInt16(ErrorCode);
        if (version >= 3)
        {
            writer.WriteArray(Members, version);
        }
    }

    /// <summary>One leaving member's result (v3+).</summary>
    public sealed class Member : IKafkaWritable, IKafkaReadable<Member>
    {
        /// <summary>The member's id.</summary>
        public string MemberId { get; set; } = "";

        /// <summary>The static member's instance id, or null.</summary>
        public string? GroupInstanceId { get; set; }

        /// <summary>0, or why the member could not leave (25: unknown member, ...).</summary>
        public short ErrorCode { get; set; }

        /// <inheritdoc/>
        public static Member Read(ref KafkaReader reader, short version) => new()
        {
            MemberId = reader.ReadString("Members.MemberId"),
            GroupInstanceId = reader.ReadNullableString("Members.GroupInstanceId"),
            ErrorCode = reader.ReadInt16("Members.ErrorCode"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(MemberId);
            writer.WriteNullableString(GroupInstanceId);
            writer.WriteInt16(ErrorCode);
        }
    }
}
