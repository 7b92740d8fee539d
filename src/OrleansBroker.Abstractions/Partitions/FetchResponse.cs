namespace OrleansBroker.Abstractions.Partitions;

/// <summary>
/// Whole RecordBatch v2 batches from a partition, as stored; the first batch contains the requested offset but
/// may start before it, so readers skip records below the offset they asked for.
/// </summary>
/// <param name="Records">Batches laid end to end; empty when nothing arrived within the wait.</param>
/// <param name="HighWatermark">Offset after the last acknowledged record.</param>
/// <param name="LogStartOffset">The first readable offset.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.FetchResponse")]
public sealed record FetchResponse(
    [property: Id(0)] byte[] Records,
    [property: Id(1)] long HighWatermark,
    [property: Id(2)] long LogStartOffset);
