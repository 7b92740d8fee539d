namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>A member as describe shows it.</summary>
/// <param name="MemberId">The member id (Kafka's CONSUMER-ID).</param>
/// <param name="GroupInstanceId">Its static id, if any.</param>
/// <param name="ClientId">The client's id.</param>
/// <param name="ClientHost">The client's host.</param>
/// <param name="Metadata">Its metadata for the chosen protocol.</param>
/// <param name="Assignment">Its current assignment (for consumers, a Kafka ConsumerProtocolAssignment).</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.GroupMemberDescription")]
public sealed record GroupMemberDescription(
    [property: Id(0)] string MemberId,
    [property: Id(1)] string? GroupInstanceId,
    [property: Id(2)] string ClientId,
    [property: Id(3)] string ClientHost,
    [property: Id(4)] byte[] Metadata,
    [property: Id(5)] byte[] Assignment);
