namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>FindCoordinator request (key 10), v0-2: which broker coordinates a group (or a transactional id).</summary>
public sealed class FindCoordinatorRequest : IKafkaRequest, IKafkaMessage<FindCoordinatorRequest>
{
    /// <summary>The <see cref="KeyType"/> of a consumer group.</summary>
    public const sbyte GroupKeyType = 0;

    /// <summary>The <see cref="KeyType"/> of a transactional id.</summary>
    public const sbyte TransactionKeyType = 1;

    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.FindCoordinator;

    /// <summary>The group id (or transactional id) whose coordinator is sought.</summary>
    public string Key { get; set; } = "";

    /// <summary>What <see cref="Key"/> names: <see cref="GroupKeyType"/> or <see cref="TransactionKeyType"/> (v1+).</summary>
    public sbyte KeyType { get; set; } = GroupKeyType;

    /// <inheritdoc/>
    public static FindCoordinatorRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new FindCoordinatorRequest { Key = reader.ReadString("Key") };
        if (version >= 1)
        {
            request.KeyType = reader.ReadInt8("KeyType");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteString(Key);
        if (version >= 1)
        {
            writer.WriteInt8(KeyType);
        }
    }
}
