namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>The states of Kafka's classic group protocol.</summary>
public enum GroupState
{
    /// <summary>No members; committed offsets may remain.</summary>
    Empty,

    /// <summary>Waiting for members to (re)join.</summary>
    PreparingRebalance,

    /// <summary>Joined; waiting for the leader's assignment.</summary>
    CompletingRebalance,

    /// <summary>Every member has its assignment and heartbeats.</summary>
    Stable,

    /// <summary>Deleted.</summary>
    Dead,
}
