namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>
/// One consumer group (key = group id), with the semantics of Kafka's classic group protocol: join, sync,
/// heartbeat, leave, generations, session and rebalance timeouts; and the group's committed offsets, fenced by
/// generation and member id and kept in grain storage. Answers carry Kafka error codes rather than throwing, so the
/// Kafka listener can pass them on; join and sync wait for the rebalance, so they may take up to the rebalance timeout.
/// </summary>
[Alias("OrleansBroker.IConsumerGroupGrain")]
public interface IConsumerGroupGrain : IGrainWithStringKey
{
    /// <summary>Joins or rejoins; completes when the rebalance has gathered its members.</summary>
    [Alias("JoinGroup"), ResponseTimeout("00:10:00")]
    Task<JoinGroupResponse> JoinGroupAsync(JoinGroupRequest request);

    /// <summary>Gets this member's assignment (the leader also hands in everyone's); completes when the leader has synced.</summary>
    [Alias("SyncGroup"), ResponseTimeout("00:10:00")]
    Task<SyncGroupResponse> SyncGroupAsync(SyncGroupRequest request);

    /// <summary>Keeps the member alive; RebalanceInProgress tells it to rejoin.</summary>
    [Alias("Heartbeat")]
    Task<ErrorCode> HeartbeatAsync(string memberId, string? groupInstanceId, int generationId);

    /// <summary>Leaves the group at once, so its partitions move without waiting for a session timeout.</summary>
    [Alias("LeaveGroup")]
    Task<ErrorCode> LeaveGroupAsync(string memberId, string? groupInstanceId);

    /// <summary>Commits positions (persisted before answering); fenced by member id and generation.</summary>
    [Alias("CommitOffsets")]
    Task<ErrorCode> CommitOffsetsAsync(OffsetCommitRequest request);

    /// <summary>The committed positions of these partitions (offset -1 where none), or of every partition when null.</summary>
    [Alias("FetchOffsets")]
    Task<IReadOnlyList<CommittedOffset>> FetchOffsetsAsync(IReadOnlyList<TopicPartition>? partitions);

    /// <summary>The group's state, protocol and members.</summary>
    [Alias("Describe")]
    Task<GroupDescription> DescribeAsync();

    /// <summary>Deletes the group and its offsets; NonEmptyGroup while it has members, GroupIdNotFound when it does not exist.</summary>
    [Alias("Delete")]
    Task<ErrorCode> DeleteAsync();
}
