using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Grains.ConsumerGroups.Offsets;

/// <summary>
/// The offsets half of a consumer group: what each partition's committed position is. Writes are persisted before
/// they are acknowledged, and a failed write leaves the previous positions in place. Fencing is the membership's job.
/// </summary>
internal sealed class GroupOffsets(IPersistentState<GroupOffsetsState> state)
{
    private Dictionary<TopicPartition, StoredOffset> Offsets => state.State.Offsets;

    public bool IsEmpty => Offsets.Count == 0;

    /// <summary>
    /// Kafka's offsets.retention.minutes: a group that has had no members since <paramref name="emptySince"/> loses its
    /// offsets once both that moment and its last commit are older than <paramref name="retention"/>.
    /// </summary>
    public bool HaveExpired(long now, long emptySince, TimeSpan retention)
    {
        var lastCommit = Offsets.Values.Select(offset => offset.CommitTimestamp).DefaultIfEmpty(0).Max();
        return !IsEmpty && now - Math.Max(emptySince, lastCommit) > retention.TotalMilliseconds;
    }

    public async Task CommitAsync(IReadOnlyList<CommittedOffset> offsets, long now)
    {
        var previous = new Dictionary<TopicPartition, StoredOffset>(Offsets);
        foreach (var offset in offsets)
        {
            Offsets[offset.Partition] = new StoredOffset(offset.Offset, offset.Metadata, now);
        }

        await WriteOrRestoreAsync(previous);
    }

    public IReadOnlyList<CommittedOffset> Fetch(IReadOnlyList<TopicPartition>? partitions) =>
        partitions is null
            ? [.. Offsets.OrderBy(pair => pair.Key.Topic, StringComparer.Ordinal).ThenBy(pair => pair.Key.Partition).Select(pair => ToCommitted(pair.Key, pair.Value))]
            : [.. partitions.Select(partition => Offsets.TryGetValue(partition, out var stored) ? ToCommitted(partition, stored) : new CommittedOffset(partition, -1, null))];

    public async Task ClearAsync()
    {
        var previous = new Dictionary<TopicPartition, StoredOffset>(Offsets);
        Offsets.Clear();
        await WriteOrRestoreAsync(previous);
    }

    private async Task WriteOrRestoreAsync(Dictionary<TopicPartition, StoredOffset> previous)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Offsets = previous;
            throw;
        }
    }

    private static CommittedOffset ToCommitted(TopicPartition partition, StoredOffset stored) => new(partition, stored.Offset, stored.Metadata);
}
