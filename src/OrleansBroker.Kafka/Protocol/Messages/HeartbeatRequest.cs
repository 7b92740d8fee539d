namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>Heartbeat request (key 12), v0-3: a member says it is alive and learns whether a rebalance started.</summary>
public sealed class HeartbeatRequest : IKafkaRequest, IKafkaMessage<HeartbeatRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Heartbeat;

    /// <summary>The group id.</summary>
    public string GroupId { get; set; } = "";

    /// <summary>The generation the member is in.</summary>
    public int GenerationId { get; set; }

    /// <summary>The member's id.</summary>
    public string MemberId { get; set; } = "";

    /// <summary>The static member's instance id, or null (v3+).</summary>
    public string? GroupInstanceId { get; set; }

    /// <inheritdoc/>
    public static HeartbeatRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new HeartbeatRequest
        {
            GroupId = reader.ReadString("GroupId"),
            GenerationId = reader.ReadInt32("GenerationId"),
            MemberId = reader.ReadString("MemberId"),
        };
        if (version >= 3)
        {
            request.GroupInstanceId = reader.ReadNullableString("GroupInstanceId");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteString(GroupId);
        writer.WriteInt32(GenerationId);
        writer.WriteString(MemberId);
        if (version >= 3)
        {
            writer.WriteNullableString(GroupInstanceId);
        }
    }
}
