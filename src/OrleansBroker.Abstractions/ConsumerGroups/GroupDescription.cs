namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>Kafka's DescribeGroups answer for one group.</summary>
/// <param name="GroupId">The group id.</param>
/// <param name="State">The group's state.</param>
/// <param name="GenerationId">The current generation.</param>
/// <param name="ProtocolType">The protocol type, e.g. "consumer"; empty when no member.</param>
/// <param name="ProtocolName">The chosen protocol (assignor), e.g. "range"; empty when none.</param>
/// <param name="LeaderId">The leader's member id; empty when none.</param>
/// <param name="Members">The members.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.GroupDescription")]
public sealed record GroupDescription(
    [property: Id(0)] string GroupId,
    [property: Id(1)] GroupState State,
    [property: Id(2)] int GenerationId,
    [property: Id(3)] string ProtocolType,
    [property: Id(4)] string ProtocolName,
    [property: Id(5)] string LeaderId,
    [property: Id(6)] IReadOnlyList<GroupMemberDescription> Members);
