namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>Heartbeat response (key 12), v0-3: 0, or e.g. 27 (rebalance in progress) telling the member to rejoin.</summary>
public sealed class HeartbeatResponse : IKafkaResponse, IKafkaMessage<HeartbeatResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Heartbeat;

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or what the member must do (27: rejoin, 25: unknown member, 22: illegal generation, ...).</summary>
    public short ErrorCode { get; set; }

    /// <inheritdoc/>
    public static HeartbeatResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new HeartbeatResponse();
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.ErrorCode = reader.ReadInt16("ErrorCode");
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
    }
}
