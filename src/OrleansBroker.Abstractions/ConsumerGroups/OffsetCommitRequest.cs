namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>
/// Kafka's OffsetCommit. A member commits with its member id and generation (fenced: a stale one is rejected);
/// a tool with no member id and generation -1 may commit only while the group has no members (reset-offsets).
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansBroker.OffsetCommitRequest")]
public sealed record OffsetCommitRequest
{
    /// <summary>The committing member, or empty for a commit from outside the group.</summary>
    [Id(0)] public string MemberId { get; init; } = "";

    /// <summary>The member's static id, if any.</summary>
    [Id(1)] public string? GroupInstanceId { get; init; }

    /// <summary>The member's generation, or -1 for a commit from outside the group.</summary>
    [Id(2)] public int GenerationId { get; init; } = -1;

    /// <summary>The positions to commit.</summary>
    [Id(3)] public required IReadOnlyList<CommittedOffset> Offsets { get; init; }
}
