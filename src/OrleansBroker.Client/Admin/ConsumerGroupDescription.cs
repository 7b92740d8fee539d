using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Client.Admin;

/// <summary>A consumer group as <see cref="IAdminClient.DescribeConsumerGroupAsync"/> reports it.</summary>
/// <param name="GroupId">The group id.</param>
/// <param name="State">The group's state (never <see cref="GroupState.Dead"/>: a group that does not exist is an error).</param>
/// <param name="ProtocolType">The protocol type, "consumer" for consumers; empty when the group has no members.</param>
/// <param name="AssignmentStrategy">The chosen assignor (e.g. "range"); empty when the group has no members.</param>
/// <param name="Members">The active members, in the group's order.</param>
public sealed record ConsumerGroupDescription(
    string GroupId,
    GroupState State,
    string ProtocolType,
    string AssignmentStrategy,
    IReadOnlyList<ConsumerGroupMember> Members);
