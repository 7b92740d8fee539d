namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>InitProducerId response (key 22), v0-1: the producer id and epoch to stamp on batches.</summary>
public sealed class InitProducerIdResponse : IKafkaResponse, IKafkaMessage<InitProducerIdResponse>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.InitProducerId;

    /// <summary>How long the request was held back by a quota, in milliseconds.</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>0, or why no id was given.</summary>
    public short ErrorCode { get; set; }

    /// <summary>The producer id, -1 on error.</summary>
    public long ProducerId { get; set; } = -1;

    /// <summary>The producer epoch; a higher epoch fences older instances of the same producer.</summary>
    public short ProducerEpoch { get; set; }

    /// <inheritdoc/>
    public static InitProducerIdResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs"),
            ErrorCode = reader.ReadInt16("ErrorCode"),
            ProducerId = reader.ReadInt64("ProducerId"),
            ProducerEpoch = reader.ReadInt16("ProducerEpoch"),
        };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteInt32(ThrottleTimeMs);
        writer.WriteInt16(ErrorCode);
        writer.WriteInt64(ProducerId);
        writer.WriteInt16(ProducerEpoch);
    }
}
