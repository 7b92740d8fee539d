namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>
/// LeaveGroup request (key 13), v0-3: members leave a group. v0-2 name one member; v3 lists members (by member id
/// or group instance id). Reading v0-2 fills <see cref="MemberId"/> only; writing v0-2 sends <see cref="MemberId"/>.
/// </summary>
public sealed class LeaveGroupRequest : IKafkaRequest, IKafkaMessage<LeaveGroupRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.LeaveGroup;

    /// <summary>The group id.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>The member leaving (v0-2).</summary>
    public string MemberId { get; set; } = "";

    /// <summary>The members leaving (v3+).</summary>
    public IReadOnlyList<Member> Members { get; set; } = [];

    /// <inheritdoc/>
    public static LeaveGroupRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new LeaveGroupRequest { GroupId = reader.ReadString("GroupId") };
        if (version >= 3)
        {
            request.Members = reader.ReadArray<Member>("Members", version);
        }
        else
        {
            request.MemberId = reader.ReadString("MemberId");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteString(GroupId);
        if (version >= 3)
        {
            writer.WriteArray(Members, version);
        }
        else
        {
            writer.WriteString(MemberId);
        }
    }

    /// <summary>A member leaving (v3+).</summary>
    public sealed class Member : IKafkaWritable, IKafkaReadable<Member>
    {
        /// <summary>The member's id.</summary>
        public string MemberId { get; set; } = "";

        /// <summary>The static member's instance id, or null.</summary>
        public string? GroupInstanceId { get; set; }

        /// <inheritdoc/>
        public static Member Read(ref KafkaReader reader, short version) => new()
        {
            MemberId = reader.ReadString("Members.MemberId"),
            GroupInstanceId = reader.ReadNullableString("Members.GroupInstanceId"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(MemberId);
            writer.WriteNullableString(GroupInstanceId);
        }
    }
}
