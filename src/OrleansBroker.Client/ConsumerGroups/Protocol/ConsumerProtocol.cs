namespace OrleansBroker.Client.ConsumerGroups.Protocol;

/// <summary>
/// Kafka's consumer protocol: what consumers put in JoinGroup (a <see cref="ConsumerSubscription"/>) and what the leader
/// hands out through SyncGroup (a <see cref="ConsumerAssignment"/>). Both are a big-endian int16 version followed by the
/// message, in Kafka's non-flexible encoding, so SDK consumers and Kafka clients can share a group.
/// </summary>
public static class ConsumerProtocol
{
    /// <summary>The JoinGroup protocol type of consumers: <c>consumer</c>.</summary>
    public const string ProtocolType = "consumer";

    /// <summary>The lowest version of both messages: 0.</summary>
    public const short LowestVersion = 0;

    /// <summary>
    /// The highest version of both messages: 3. Newer versions are read as version 3, as Kafka does, because later
    /// versions may only append fields.
    /// </summary>
    public const short HighestVersion = 3;
}
