namespace OrleansBroker.Abstractions.Partitions;

/// <summary>The answer to a list-offsets query.</summary>
/// <param name="Offset">The offset found.</param>
/// <param name="Timestamp">The record's timestamp for a timestamp query; -1 for earliest/latest or when no record matched.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.ListOffsetsResponse")]
public readonly record struct ListOffsetsResponse([property: Id(0)] long Offset, [property: Id(1)] long Timestamp);
