using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming;

/// <summary>
/// The consumer's offset store (Kafka's enable.auto.offset.store): what the group commits for each partition. By
/// default every record ConsumeAsync returns counts as stored, so the store is the positions; with it off, only what
/// the application stores once it has finished with a record, so a crash cannot commit past unfinished records.
/// </summary>
internal sealed partial class Consumer<TKey, TValue>
{
    private readonly Dictionary<TopicPartition, long> _stored = [];

    public void StoreOffset(ConsumeResult<TKey, TValue> result) => StoreOffset(new TopicPartitionOffset(result.Topic, result.Partition, result.Offset + 1));

    public void StoreOffset(TopicPartitionOffset offset)
    {
        if (config.EnableAutoOffsetStore)
        {
            throw new InvalidOperationException("StoreOffset needs ConsumerConfig.EnableAutoOffsetStore = false: with it on, every consumed record is stored already.");
        }

        if (offset.Offset.Value < 0)
        {
            throw new BrokerException(ErrorCode.InvalidRequest, $"Cannot store offset {offset.Offset.Value} for {offset.TopicPartition}: a stored offset is the next one to read, 0 or more.");
        }

        lock (_lock)
        {
            if (!_fetchers.ContainsKey(offset.TopicPartition))
            {
                throw new InvalidOperationException($"Cannot store an offset for {offset.TopicPartition}: it is not assigned.");
            }

            _stored[offset.TopicPartition] = offset.Offset.Value;
        }
    }

    public IReadOnlyList<CommittedOffset> StoredOffsetsOf(IEnumerable<TopicPartition> partitions)
    {
        lock (_lock)
        {
            List<CommittedOffset> stored = [];
            foreach (var partition in partitions)
            {
                if (config.EnableAutoOffsetStore ? TryGetPosition(partition, out var offset) : _stored.TryGetValue(partition, out offset))
                {
                    stored.Add(new CommittedOffset(partition, offset, null));
                }
            }

            return stored;
        }
    }
}
