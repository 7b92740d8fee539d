namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>InitProducerId request (key 22), v0-1: asks for a producer id and epoch, for idempotent (or transactional) producing.</summary>
public sealed class InitProducerIdRequest : IKafkaRequest, IKafkaMessage<InitProducerIdRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.InitProducerId;

    /// <summary>The transactional id, or null for an idempotent producer outside transactions.</summary>
    public string? TransactionalId { get; set; }

    /// <summary>How long a transaction may stay idle before it is aborted, in milliseconds (transactional only).</summary>
    public int TransactionTimeoutMs { get; set; }

    /// <inheritdoc/>
    public static InitProducerIdRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            TransactionalId = reader.ReadNullableString("TransactionalId"),
            TransactionTimeoutMs = reader.ReadInt32("TransactionTimeoutMs"),
        };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteNullableString(TransactionalId);
        writer.WriteInt32(TransactionTimeoutMs);
    }
}
