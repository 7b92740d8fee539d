namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// The APIs and versions the broker advertises in its ApiVersions response and the codec reads and writes. Lower
/// bounds start at 0 wherever clients probe them (librdkafka enables features only when it sees e.g. Produce v0).
/// </summary>
public static class SupportedApis
{
    /// <summary>Every supported API with its range, by ascending API key.</summary>
    public static IReadOnlyList<ApiVersionRange> All { get; } =
    [
        new(ApiKey.Produce, 0, 8),
        new(ApiKey.Fetch, 4, 11),
        new(ApiKey.ListOffsets, 1, 5),
        new(ApiKey.Metadata, 0, 8),
        new(ApiKey.OffsetCommit, 0, 7),
        new(ApiKey.OffsetFetch, 0, 5),
        new(ApiKey.FindCoordinator, 0, 2),
        new(ApiKey.JoinGroup, 0, 5),
        new(ApiKey.Heartbeat, 0, 3),
        new(ApiKey.LeaveGroup, 0, 3),
        new(ApiKey.SyncGroup, 0, 3),
        new(ApiKey.DescribeGroups, 0, 4),
        new(ApiKey.ListGroups, 0, 2),
        new(ApiKey.ApiVersions, 0, 3),
        new(ApiKey.CreateTopics, 0, 4),
        new(ApiKey.DeleteTopics, 0, 3),
        new(ApiKey.DeleteRecords, 0, 1),
        new(ApiKey.InitProducerId, 0, 1),
        new(ApiKey.DescribeConfigs, 0, 3),
        new(ApiKey.CreatePartitions, 0, 1),
        new(ApiKey.DeleteGroups, 0, 1),
    ];

    // Indexed by API key so the per-request check is one array access.
    private static readonly ApiVersionRange?[] ByKey = IndexByKey();

    /// <summary>Finds the range of <paramref name="apiKey"/>; false for an API the broker does not serve.</summary>
    public static bool TryGet(ApiKey apiKey, out ApiVersionRange range)
    {
        var index = (int)apiKey;
        if (index >= 0 && index < ByKey.Length && ByKey[index] is { } found)
        {
            range = found;
            return true;
        }

        range = default;
        return false;
    }

    /// <summary>Whether the broker serves <paramref name="apiKey"/> at <paramref name="version"/>.</summary>
    public static bool IsSupported(ApiKey apiKey, short version) =>
        TryGet(apiKey, out var range) && range.Contains(version);

    /// <summary>Throws <see cref="KafkaProtocolException"/> unless <see cref="IsSupported"/>.</summary>
    public static void EnsureSupported(ApiKey apiKey, short version)
    {
        if (!IsSupported(apiKey, version))
        {
            throw new KafkaProtocolException(TryGet(apiKey, out var range)
                ? $"{apiKey} v{version} is not supported (v{range.MinVersion}-{range.MaxVersion} are)"
                : $"API key {(short)apiKey} is not supported");
        }
    }

    private static ApiVersionRange?[] IndexByKey()
    {
        var byKey = new ApiVersionRange?[All.Max(range => (int)range.ApiKey) + 1];
        foreach (var range in All)
        {
            byKey[(int)range.ApiKey] = range;
        }

        return byKey;
    }
}
