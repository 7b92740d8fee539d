namespace OrleansBroker.Grains.ConsumerGroups.Offsets;

/// <summary>A committed position as stored.</summary>
/// <param name="Offset">The next offset to consume.</param>
/// <param name="Metadata">The committer's free text.</param>
/// <param name="CommitTimestamp">When it was committed (ms since the Unix epoch).</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.StoredOffset")]
public sealed record StoredOffset([property: Id(0)] long Offset, [property: Id(1)] string? Metadata, [property: Id(2)] long CommitTimestamp);
