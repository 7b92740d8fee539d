namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DescribeGroups request (key 15), v0-4: the groups to describe.</summary>
public sealed class DescribeGroupsRequest : IKafkaRequest, IKafkaMessage<DescribeGroupsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DescribeGroups;

    /// <summary>The group ids.</summary>
    public IReadOnlyList<string> Groups { get; set; } = [];

    /// <summary>Whether to report the operations the client may perform on each group (v3+).</summary>
    public bool IncludeAuthorizedOperations { get; set; }

    /// <inheritdoc/>
    public static DescribeGroupsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var request = new DescribeGroupsRequest { Groups = reader.ReadStringArray("Groups") };
        if (version >= 3)
        {
            request.IncludeAuthorizedOperations = reader.ReadBoolean("IncludeAuthorizedOperations");
        }

        return request;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteStringArray(Groups);
        if (version >= 3)
        {
            writer.WriteBoolean(IncludeAuthorizedOperations);
        }
    }
}
