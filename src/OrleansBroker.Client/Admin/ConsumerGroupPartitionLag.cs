using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.Admin;

/// <summary>One partition of a group's lag report: how far the group's committed offset is behind the log end, and who reads it.</summary>
/// <param name="TopicPartition">The partition.</param>
/// <param name="CommittedOffset">The group's committed offset (the next offset to consume); null when it has committed none.</param>
/// <param name="LogEndOffset">The partition's log end offset; null when the partition no longer exists.</param>
/// <param name="Owner">The member the partition is assigned to; null when no member has it.</param>
public sealed record ConsumerGroupPartitionLag(TopicPartition TopicPartition, long? CommittedOffset, long? LogEndOffset, ConsumerGroupMember? Owner)
{
    /// <summary>Records between the committed offset and the log end (never negative); null when either is unknown.</summary>
    public long? Lag => CommittedOffset is { } committed && LogEndOffset is { } logEnd ? Math.Max(0, logEnd - committed) : null;
}
