namespace OrleansBroker.Client.Admin;

/// <summary>
/// A consumer group and its lag, as kafka-consumer-groups --describe shows it: one row for each partition the group has
/// a committed offset for or a member is assigned, by topic then partition.
/// </summary>
/// <param name="Group">The group's state, assignment strategy and members.</param>
/// <param name="Partitions">The partitions' committed offsets, log ends, lag and owners, by topic then partition.</param>
public sealed record ConsumerGroupLag(ConsumerGroupDescription Group, IReadOnlyList<ConsumerGroupPartitionLag> Partitions)
{
    /// <summary>The sum of the partitions' lag, counting unknown lag as 0.</summary>
    public long TotalLag => Partitions.Sum(partition => partition.Lag ?? 0);
}
