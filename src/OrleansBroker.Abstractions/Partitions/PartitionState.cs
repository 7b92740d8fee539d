namespace OrleansBroker.Abstractions.Partitions;

/// <summary>A partition's offsets and where it runs.</summary>
/// <param name="LogStartOffset">The first readable offset.</param>
/// <param name="HighWatermark">Offset after the last acknowledged record.</param>
/// <param name="SizeInBytes">Bytes stored.</param>
/// <param name="Host">Address of the silo hosting the partition (its leader).</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.PartitionState")]
public sealed record PartitionState(
    [property: Id(0)] long LogStartOffset,
    [property: Id(1)] long HighWatermark,
    [property: Id(2)] long SizeInBytes,
    [property: Id(3)] string Host);
