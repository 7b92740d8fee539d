namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>Kafka's JoinGroup: a member asks to (re)join and names the protocols it supports, in order of preference.</summary>
[GenerateSerializer, Immutable, Alias("OrleansBroker.JoinGroupRequest")]
public sealed record JoinGroupRequest
{
    /// <summary>The member id the broker gave; empty for a member joining for the first time.</summary>
    [Id(0)] public string MemberId { get; init; } = "";

    /// <summary>A static member's stable id, or null for a dynamic member.</summary>
    [Id(1)] public string? GroupInstanceId { get; init; }

    /// <summary>The client's id (shown by describe).</summary>
    [Id(2)] public string ClientId { get; init; } = "";

    /// <summary>The client's host (shown by describe).</summary>
    [Id(3)] public string ClientHost { get; init; } = "";

    /// <summary>session.timeout.ms: a member not heard from for this long is removed.</summary>
    [Id(4)] public int SessionTimeoutMs { get; init; } = 45_000;

    /// <summary>max.poll.interval.ms: how long the group waits for members to rejoin during a rebalance.</summary>
    [Id(5)] public int RebalanceTimeoutMs { get; init; } = 300_000;

    /// <summary>The protocol type, "consumer" for consumers.</summary>
    [Id(6)] public string ProtocolType { get; init; } = "consumer";

    /// <summary>Supported protocols, most preferred first.</summary>
    [Id(7)] public IReadOnlyList<GroupProtocol> Protocols { get; init; } = [];

    /// <summary>When true (JoinGroup v4+), a new member first gets <see cref="Records.ErrorCode.MemberIdRequired"/> and an id to rejoin with.</summary>
    [Id(8)] public bool RequireKnownMemberId { get; init; }
}
