namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>Kafka's SyncGroup: every member asks for its assignment; the leader brings everyone's.</summary>
[GenerateSerializer, Immutable, Alias("OrleansBroker.SyncGroupRequest")]
public sealed record SyncGroupRequest
{
    /// <summary>The member's id.</summary>
    [Id(0)] public required string MemberId { get; init; }

    /// <summary>The member's static id, if any.</summary>
    [Id(1)] public string? GroupInstanceId { get; init; }

    /// <summary>The generation the member joined.</summary>
    [Id(2)] public required int GenerationId { get; init; }

    /// <summary>From the leader: each member's assignment (for consumers, a Kafka ConsumerProtocolAssignment); empty from followers.</summary>
    [Id(3)] public IReadOnlyDictionary<string, byte[]> Assignments { get; init; } = new Dictionary<string, byte[]>();
}
