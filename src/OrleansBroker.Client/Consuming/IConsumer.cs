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
    /// </summary>
    Task AssignAsync(IEnumerable<TopicPartitionOffset> partitions);

    /// <summary>Stops reading every partition.</summary>
    void Unassign();

    /// <summary>Moves an assigned partition's position; records fetched from the old position are dropped.</summary>
    Task SeekAsync(TopicPartitionOffset position);

    /// <summary>The offset of the next record Consume will return for <paramref name="partition"/>, or <see cref="Offset.Unset"/>.</summary>
    Offset Position(TopicPartition partition);

    /// <summary>The next record, or null when none arrives within <paramref name="timeout"/>.</summary>
    ValueTask<ConsumeResult<TKey, TValue>?> ConsumeAsync(TimeSpan timeout, CancellationToken cancellationToken = default);
}
