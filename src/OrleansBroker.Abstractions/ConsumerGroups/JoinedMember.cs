namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>A member as the leader sees it in the join answer.</summary>
/// <param name="MemberId">The member's id.</param>
/// <param name="GroupInstanceId">Its static id, if any.</param>
/// <param name="Metadata">Its metadata for the chosen protocol.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.JoinedMember")]
public sealed record JoinedMember([property: Id(0)] string MemberId, [property: Id(1)] string? GroupInstanceId, [property: Id(2)] byte[] Metadata);
