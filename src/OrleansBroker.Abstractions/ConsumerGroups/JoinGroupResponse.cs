namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>Kafka's JoinGroup answer, given once the rebalance has gathered its members.</summary>
[GenerateSerializer, Immutable, Alias("OrleansBroker.JoinGroupResponse")]
public sealed record JoinGroupResponse
{
    /// <summary>None, or why the join failed (MemberIdRequired carries the id to rejoin with in <see cref="MemberId"/>).</summary>
    [Id(0)] public ErrorCode Error { get; init; }

    /// <summary>The new generation.</summary>
    [Id(1)] public int GenerationId { get; init; } = -1;

    /// <summary>The group's protocol type.</summary>
    [Id(2)] public string? ProtocolType { get; init; }

    /// <summary>The protocol every member supports that was chosen.</summary>
    [Id(3)] public string? ProtocolName { get; init; }

    /// <summary>The leader's member id; the leader computes the assignment.</summary>
    [Id(4)] public string LeaderId { get; init; } = "";

    /// <summary>This member's id.</summary>
    [Id(5)] public string MemberId { get; init; } = "";

    /// <summary>For the leader only: every member and its metadata for the chosen protocol.</summary>
    [Id(6)] public IReadOnlyList<JoinedMember> Members { get; init; } = [];
}
