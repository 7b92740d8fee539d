using OrleansBroker.Abstractions;
using OrleansBroker.Client.ConsumerGroups;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Admin;

/// <summary>Works out the new committed offset of each partition an <see cref="OffsetReset"/> moves.</summary>
internal static class OffsetResetPlanner
{
    /// <summary>
    /// The new offsets of <paramref name="partitions"/>, by topic then partition, kept within each partition's retained
    /// offsets (as Kafka does); <paramref name="committed"/> are the group's current offsets, which a shift moves.
    /// </summary>
    public static async Task<IReadOnlyList<TopicPartitionOffset>> PlanAsync(
        IAdminClient admin, OffsetReset reset, IEnumerable<TopicPartition> partitions, IReadOnlyList<TopicPartitionOffset> committed)
    {
        var current = committed.ToDictionary(offset => offset.TopicPartition, offset => offset.Offset.Value);
        var planned = new List<TopicPartitionOffset>();
        foreach (var partition in partitions.Order(TopicPartitionOrder.Instance))
        {
            var earliest = (await admin.ListOffsetsAsync(partition, Offset.Beginning.Value)).Offset;
            var latest = (await admin.ListOffsetsAsync(partition, Offset.End.Value)).Offset;
            var target = reset.Kind switch
            {
                OffsetResetKind.ToEarliest => earliest,
                OffsetResetKind.ToLatest => latest,
                OffsetResetKind.ToOffset => reset.Value,
                OffsetResetKind.ShiftBy => current.TryGetValue(partition, out var offset)
                    ? offset + reset.Value
                    : throw new BrokerException(
                        ErrorCode.InvalidRequest, $"Cannot shift the offset of partition {partition.Topic}-{partition.Partition}: the group has no committed offset for it."),
                OffsetResetKind.ToDatetime => (await admin.ListOffsetsAsync(partition, reset.Value)).Offset is var found and >= 0 ? found : latest,
                _ => throw new InvalidOperationException($"Unknown reset {reset.Kind}."),
            };
            planned.Add(new TopicPartitionOffset(partition, Math.Clamp(target, earliest, latest)));
        }

        return planned;
    }
}
