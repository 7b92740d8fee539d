using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Api;

/// <summary>The body of <c>POST /api/topics</c>; null fields take the broker's defaults.</summary>
public sealed record CreateTopicRequest(string? Name, int? Partitions, short? ReplicationFactor, Dictionary<string, string>? Configs);

/// <summary>The body of <c>POST /api/topics/{name}/partitions</c>: the new total partition count.</summary>
public sealed record CreatePartitionsRequest(int Count);

/// <summary>
/// The body of <c>PATCH /api/topics/{name}/configs</c>: configs to set (name to value) and configs to return to the
/// broker's defaults; either may be left out.
/// </summary>
public sealed record AlterConfigsRequest(Dictionary<string, string>? Set, List<string?>? Delete)
{
    /// <summary>The names to return to their defaults; a null among them is an <see cref="ErrorCode.InvalidRequest"/> error.</summary>
    internal IReadOnlyList<string> DeleteNames() =>
        Delete?.Contains(null) == true
            ? throw new BrokerException(ErrorCode.InvalidRequest, "'delete' holds a null: list the names of the configs to return to their defaults.")
            : [.. Delete?.OfType<string>() ?? []];
}

/// <summary>A topic's metadata.</summary>
public sealed record TopicResponse(string Name, string TopicId, int Partitions, short ReplicationFactor, IReadOnlyDictionary<string, string> Configs)
{
    internal static TopicResponse From(TopicMetadata metadata) =>
        new(metadata.Name, metadata.TopicIdText, metadata.PartitionCount, metadata.ReplicationFactor, metadata.Configs);
}

/// <summary>One partition of a described topic: placement, the log's first and next offsets and the bytes it takes.</summary>
public sealed record PartitionResponse(
    int Partition, int Leader, IReadOnlyList<int> Replicas, IReadOnlyList<int> Isr, long LogStartOffset, long LogEndOffset, long SizeInBytes);

/// <summary>What <c>GET /api/topics/{name}</c> returns.</summary>
public sealed record TopicDescriptionResponse(
    string Name,
    string TopicId,
    short ReplicationFactor,
    IReadOnlyDictionary<string, string> Configs,
    IReadOnlyList<PartitionResponse> Partitions);
