namespace OrleansBroker.Grains.ConsumerGroups.Membership;

/// <summary>The broker's limits on group membership (Kafka's group.* broker configs), in ms.</summary>
/// <param name="InitialRebalanceDelayMs">group.initial.rebalance.delay.ms: how long a new group waits for more members.</param>
/// <param name="MinSessionTimeoutMs">group.min.session.timeout.ms.</param>
/// <param name="MaxSessionTimeoutMs">group.max.session.timeout.ms.</param>
internal sealed record GroupMembershipOptions(int InitialRebalanceDelayMs, int MinSessionTimeoutMs, int MaxSessionTimeoutMs);
