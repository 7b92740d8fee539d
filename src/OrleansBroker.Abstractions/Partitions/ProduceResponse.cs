namespace OrleansBroker.Abstractions.Partitions;

/// <summary>Where an appended batch landed.</summary>
/// <param name="BaseOffset">Offset of the batch's first record.</param>
/// <param name="LogAppendTime">The broker's timestamp for the batch under LogAppendTime; -1 under CreateTime.</param>
/// <param name="LogStartOffset">The partition's log start offset after the append.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.ProduceResponse")]
public readonly record struct ProduceResponse(
    [property: Id(0)] long BaseOffset,
    [property: Id(1)] long LogAppendTime,
    [property: Id(2)] long LogStartOffset);
