namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>ListGroups request (key 16), v0-2: no fields; asks for every group the broker coordinates.</summary>
public sealed class ListGroupsRequest : IKafkaRequest, IKafkaMessage<ListGroupsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.ListGroups;

    /// <inheritdoc/>
    public static ListGroupsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new();
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version) => SupportedApis.EnsureSupported(ApiKey, version);
}
