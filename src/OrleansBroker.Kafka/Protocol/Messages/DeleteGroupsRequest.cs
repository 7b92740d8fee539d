namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DeleteGroups request (key 42), v0-1: groups to delete; only empty groups can be.</summary>
public sealed class DeleteGroupsRequest : IKafkaRequest, IKafkaMessage<DeleteGroupsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DeleteGroups;

    /// <summary>The group ids.</summary>
    public IReadOnlyList<string> GroupNames { get; set; } = [];

    /// <inheritdoc/>
    public static DeleteGroupsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new() { GroupNames = reader.ReadStringArray("GroupsNames") };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteStringArray(GroupNames);
    }
}
