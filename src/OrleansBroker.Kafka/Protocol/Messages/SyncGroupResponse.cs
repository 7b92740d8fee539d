namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>SyncGroup response (key 14), v0-3: the member's own assignment.</summary>
public sealed class SyncGroupResponse : IKafkaResponse, IKafkaMessage<SyncGroupResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.SyncGroup;

    /// <summary>How long the request was held back by a quota, in milliseconds (v1+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or why there is no assignment (27: rebalance in progress, 22: illegal generation, ...).</summary>
    public short ErrorCode { get; set; }

    /// <summary>The member's assignment, as the leader encoded it; empty on error.</summary>
    public ReadOnlyMemory<byte> Assignment { get; set; }

    /// <inheritdoc/>
    public static SyncGroupResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new SyncGroupResponse();
        if (version >= 1)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.ErrorCode = reader.ReadInt16("ErrorCode");
        response.Assignment = reader.ReadBytes("Assignment");
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
        writer.WriteBytes(Assignment.Span);
    }
}
