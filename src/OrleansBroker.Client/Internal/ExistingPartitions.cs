using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Internal;

/// <summary>
/// Refuses partitions that do not exist before offsets are committed for them, as Kafka's OffsetCommit answers
/// UNKNOWN_TOPIC_OR_PARTITION: the group grain stores whatever it is given, so the check is the caller's.
/// </summary>
internal static class ExistingPartitions
{
    /// <summary>Throws <see cref="ErrorCode.UnknownTopicOrPartition"/> naming the first partition that does not exist.</summary>
    public static async Task RequireAsync(ITopicMetadataCache metadata, IEnumerable<TopicPartition> partitions)
    {
        foreach (var partition in partitions.Distinct())
        {
            var count = (await metadata.GetAsync(partition.Topic)).PartitionCount;
            if (partition.Partition >= count)
            {
                // Partitions may have been added since the metadata was cached.
                metadata.Invalidate(partition.Topic);
                count = (await metadata.GetAsync(partition.Topic)).PartitionCount;
            }

            if (partition.Partition < 0 || partition.Partition >= count)
            {
                throw new BrokerException(ErrorCode.UnknownTopicOrPartition, $"Topic '{partition.Topic}' has no partition {partition.Partition} (it has {count}).");
            }
        }
    }
}
