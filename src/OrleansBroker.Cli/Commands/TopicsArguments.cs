namespace OrleansBroker.Cli.Commands;

/// <summary>The checked arguments of <c>obk topics</c>.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Topic">--topic; required for create, alter and delete, optional for describe and list.</param>
/// <param name="Partitions">--partitions: the count to create, or the new total for alter; null for the broker default.</param>
/// <param name="ReplicationFactor">--replication-factor; null for the broker default.</param>
/// <param name="Configs">--config k=v pairs to set.</param>
/// <param name="DeleteConfigs">--delete-config names to return to the broker defaults.</param>
/// <param name="IfNotExists">--if-not-exists: creating an existing topic is not an error.</param>
internal sealed record TopicsArguments(
    TopicAction Action,
    string? Topic,
    int? Partitions,
    short? ReplicationFactor,
    IReadOnlyDictionary<string, string> Configs,
    IReadOnlyList<string> DeleteConfigs,
    bool IfNotExists)
{
    /// <summary>The topic, which this action requires.</summary>
    public string RequiredTopic => Topic ?? throw new InvalidOperationException("--topic was checked when binding.");
}
