namespace OrleansBroker.Abstractions.Topics;

/// <summary>What <c>obk topics --describe</c> shows: the topic's metadata and each partition's placement.</summary>
/// <param name="Metadata">The topic's metadata.</param>
/// <param name="Partitions">One entry per partition, in order.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.TopicDescription")]
public sealed record TopicDescription(
    [property: Id(0)] TopicMetadata Metadata,
    [property: Id(1)] IReadOnlyList<PartitionDescription> Partitions);
