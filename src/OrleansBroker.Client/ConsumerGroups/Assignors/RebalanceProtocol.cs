namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>How members give up partitions in a rebalance (Kafka's <c>RebalanceProtocol</c>; the values are Kafka's ids).</summary>
public enum RebalanceProtocol : byte
{
    /// <summary>Every member revokes all its partitions before rejoining, and takes up its new assignment after the sync.</summary>
    Eager = 0,

    /// <summary>
    /// Members keep their partitions while rejoining. A partition moving between members is only revoked from its old
    /// owner in one rebalance and given to the new owner in a follow-up rebalance, so no two members ever hold it at once.
    /// </summary>
    Cooperative = 1,
}
