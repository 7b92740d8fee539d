using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.Consuming;

/// <summary>
/// Reads records from assigned partitions, prefetching in the background so consuming is not a call per record.
/// Within a partition records come in offset order. Failures are <see cref="Records.BrokerException"/>s.
/// </summary>
public interface IConsumer<TKey, TValue> : IAsyncDisposable
{
    /// <summary>The partitions being read.</summary>
    IReadOnlyList<TopicPartition> Assignment { get; }

    /// <summary>
    /// Reads these partitions from these positions (an offset, <see cref="Offset.Beginning"/> or <see cref="Offset.End"/>),
    /// replacing the assignment. Beginning and End are resolved before this returns, so End means records produced after it.
    /// Another negative offset fails with InvalidRequest and changes nothing; a partition that cannot be read leaves none assigned.
    /// </summary>
    Task AssignAsync(IEnumerable<TopicPartitionOffset> partitions);

    /// <summary>Stops reading every partition.</summary>
    void Unassign();

    /// <summary>Moves an assigned partition's position; records fetched from the old position are dropped. A negative offset other than the sentinels fails with InvalidRequest and changes nothing.</summary>
    Task SeekAsync(TopicPartitionOffset position);

    /// <summary>The offset of the next record Consume will return for <paramref name="partition"/>, or <see cref="Offset.Unset"/>.</summary>
    Offset Position(TopicPartition partition);

    /// <summary>
    /// Joins the consumer group <see cref="ConsumerConfig.GroupId"/> and reads whatever partitions of these topics the
    /// group assigns, starting from the group's committed offsets (auto.offset.reset where it has none). The assignment
    /// arrives in the background; <see cref="ConsumerBuilder{TKey, TValue}.SetPartitionsAssignedHandler"/> tells when.
    /// </summary>
    void Subscribe(IEnumerable<string> topics);

    /// <summary>Commits what was consumed and leaves the group, so its partitions move to other members at once.</summary>
    Task UnsubscribeAsync();

    /// <summary>
    /// Stores <paramref name="result"/> as done: its offset + 1 is what the next commit of its partition commits. Needs
    /// <see cref="ConsumerConfig.EnableAutoOffsetStore"/> off (on, every consumed record is stored already); the
    /// partition must be assigned.
    /// </summary>
    void StoreOffset(ConsumeResult<TKey, TValue> result);

    /// <summary>Stores <paramref name="offset"/> (the next offset to read) for the next commit of its partition, as <see cref="StoreOffset(ConsumeResult{TKey, TValue})"/>.</summary>
    void StoreOffset(TopicPartitionOffset offset);

    /// <summary>
    /// Commits the stored offsets of every assigned partition to the group: the positions (the next offset to consume in
    /// each), or with <see cref="ConsumerConfig.EnableAutoOffsetStore"/> off what was stored.
    /// </summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Commits the given positions to the group; nothing when a partition does not exist (UnknownTopicOrPartition).</summary>
    Task CommitAsync(IEnumerable<TopicPartitionOffset> offsets, CancellationToken cancellationToken = default);

    /// <summary>The next record, or null when none arrives within <paramref name="timeout"/>.</summary>
    ValueTask<ConsumeResult<TKey, TValue>?> ConsumeAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
