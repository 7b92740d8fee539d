namespace OrleansBroker.Abstractions.Topics;

/// <summary>Where one partition lives, in Kafka's terms: the leader broker and the replica and in-sync sets.</summary>
/// <param name="Partition">The partition number.</param>
/// <param name="Leader">Broker id of the silo hosting the partition grain; -1 when not active anywhere.</param>
/// <param name="Replicas">Broker ids holding the partition.</param>
/// <param name="Isr">Broker ids in sync with the leader.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.PartitionDescription")]
public sealed record PartitionDescription(
    [property: Id(0)] int Partition,
    [property: Id(1)] int Leader,
    [property: Id(2)] IReadOnlyList<int> Replicas,
    [property: Id(3)] IReadOnlyList<int> Isr);
