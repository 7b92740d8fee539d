namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>A group's committed position in a partition: the next offset to consume, and the consumer's metadata.</summary>
/// <param name="Partition">The partition.</param>
/// <param name="Offset">The next offset to consume; -1 when the group has none for this partition.</param>
/// <param name="Metadata">Free text the committer attached.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.CommittedOffset")]
public sealed record CommittedOffset([property: Id(0)] TopicPartition Partition, [property: Id(1)] long Offset, [property: Id(2)] string? Metadata);
