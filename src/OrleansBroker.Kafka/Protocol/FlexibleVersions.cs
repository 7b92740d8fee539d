namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// From which version on each API is "flexible" (KIP-482): compact strings, bytes and arrays, a tagged-field section
/// after every structure, and the flexible request/response headers. The thresholds are Kafka's own, for every
/// version it defines, so a header can be read even for a version above what <see cref="SupportedApis"/> accepts.
/// Of the advertised ranges, only ApiVersions v3 is flexible.
/// </summary>
public static class FlexibleVersions
{
    /// <summary>The first flexible version of <paramref name="apiKey"/>, or null for an API this codec does not know.</summary>
    public static short? FirstFlexibleVersion(ApiKey apiKey) => apiKey switch
    {
        ApiKey.Produce => 9,
        ApiKey.Fetch => 12,
        ApiKey.ListOffsets => 6,
        ApiKey.Metadata => 9,
        ApiKey.OffsetCommit => 8,
        ApiKey.OffsetFetch => 6,
        ApiKey.FindCoordinator => 3,
        ApiKey.JoinGroup => 6,
        ApiKey.Heartbeat => 4,
        ApiKey.LeaveGroup => 4,
        ApiKey.SyncGroup => 4,
        ApiKey.DescribeGroups => 5,
        ApiKey.ListGroups => 3,
        ApiKey.ApiVersions => 3,
        ApiKey.CreateTopics => 5,
        ApiKey.DeleteTopics => 4,
        ApiKey.DeleteRecords => 2,
        ApiKey.InitProducerId => 2,
        ApiKey.DescribeConfigs => 4,
        ApiKey.CreatePartitions => 2,
        ApiKey.DeleteGroups => 2,
        _ => null,
    };

    /// <summary>Whether <paramref name="version"/> of <paramref name="apiKey"/> is flexible; false for unknown APIs.</summary>
    public static bool IsFlexible(ApiKey apiKey, short version) =>
        FirstFlexibleVersion(apiKey) is { } first && version >= first;
}
