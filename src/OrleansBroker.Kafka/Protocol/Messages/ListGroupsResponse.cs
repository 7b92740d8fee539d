namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>ListGroups response (key 16), v0-2: the groups, with their protocol type ("consumer" for consumer groups).</summary>
public sealed class ListGroupsResponse : IKafkaResponse, IKafkaMessage<ListGroupsResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.ListGroups;

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or why the groups could not be listed.</summary>
    public short ErrorCode { get; set; }

    /// <summary>The groups.</summary>
    public IReadOnlyList<Group> Groups { get; set; } = [];

    /// <inheritdoc/>
    public static ListGroupsResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new ListGroupsResponse();
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.ErrorCode = reader.ReadInt16("ErrorCode");
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

        writer.WriteInt16(ErrorCode);
        writer.WriteArray(Groups, version);
    }

    /// <summary>A group.</summary>
    public sealed class Group : IKafkaWritable, IKafkaReadable<Group>
    {
        /// <summary>The group id.</summary>
        public string GroupId { get; set; } = "";

        /// <summary>The group's protocol type, e.g. "consumer"; empty for a group with only committed offsets.</summary>
        public string ProtocolType { get; set; } = "";

        /// <inheritdoc/>
        public static Group Read(ref KafkaReader reader, short version) => new()
        {
            GroupId = reader.ReadString("Groups.GroupId"),
            ProtocolType = reader.ReadString("Groups.ProtocolType"),
        };

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteString(GroupId);
            writer.WriteString(ProtocolType);
        }
    }
}
