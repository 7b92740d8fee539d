namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>Kafka's SyncGroup answer: this member's assignment.</summary>
/// <param name="Error">None, or why the sync failed (RebalanceInProgress, IllegalGeneration, UnknownMemberId).</param>
/// <param name="ProtocolType">The group's protocol type.</param>
/// <param name="ProtocolName">The chosen protocol.</param>
/// <param name="Assignment">The member's assignment; empty when the leader gave it none.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.SyncGroupResponse")]
public sealed record SyncGroupResponse(
    [property: Id(0)] ErrorCode Error,
    [property: Id(1)] string? ProtocolType,
    [property: Id(2)] string? ProtocolName,
    [property: Id(3)] byte[] Assignment);
