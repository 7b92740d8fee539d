namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>FindCoordinator response (key 10), v0-2: the coordinator's node id and address, or an error.</summary>
public sealed class FindCoordinatorResponse : IKafkaResponse, IKafkaMessage<FindCoordinatorResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.FindCoordinator;

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or why there is no coordinator (15: coordinator not available, ...).</summary>
    public short ErrorCode { get; set; }

    /// <summary>What the error was about, or null (v1+).</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>The coordinator's node id.</summary>
    public int NodeId { get; set; }

    /// <summary>The coordinator's host.</summary>
    public string Host { get; set; } = "";

    /// <summary>The coordinator's port.</summary>
    public int Port { get; set; }

    /// <inheritdoc/>
    public static FindCoordinatorResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new FindCoordinatorResponse();
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.ErrorCode = reader.ReadInt16("ErrorCode");
        if (version >= 1)
        {
            response.ErrorMessage = reader.ReadNullableString("ErrorMessage");
        }

        response.NodeId = reader.ReadInt32("NodeId");
        response.Host = reader.ReadString("Host");
        response.Port = reader.ReadInt32("Port");
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
        if (version >= 1)
        {
            writer.WriteNullableString(ErrorMessage);
        }

        writer.WriteInt32(NodeId);
        writer.WriteString(Host);
        writer.WriteInt32(Port);
    }
}
