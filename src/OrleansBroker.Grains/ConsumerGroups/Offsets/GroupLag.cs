using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Records;

namespace OrleansBroker.Grains.ConsumerGroups.Offsets;

/// <summary>
/// A group's lag, as Kafka's consumer-groups tool shows it: for each partition the group has committed, the
/// partition's high watermark minus the committed offset. Partitions whose topic is gone are left out.
/// </summary>
internal static class GroupLag
{
    /// <summary>The high watermarks of <paramref name="partitions"/> that still exist, asked of their grains all at once.</summary>
    public static async Task<IReadOnlyDictionary<TopicPartition, long>> HighWatermarksAsync(IGrainFactory grains, IEnumerable<TopicPartition> partitions)
    {
        var answers = await Task.WhenAll(partitions.Select(async partition => (partition, highWatermark: await HighWatermarkAsync(grains, partition))));
        return answers
            .Where(answer => answer.highWatermark is not null)
            .ToDictionary(answer => answer.partition, answer => answer.highWatermark!.Value);
    }

    /// <summary>High watermark minus committed offset for each committed partition whose high watermark is known.</summary>
    public static IReadOnlyDictionary<TopicPartition, long> Of(IReadOnlyDictionary<TopicPartition, long> highWatermarks, IEnumerable<CommittedOffset> committed) =>
        committed
            .Where(offset => highWatermarks.ContainsKey(offset.Partition))
            .ToDictionary(offset => offset.Partition, offset => highWatermarks[offset.Partition] - offset.Offset);

    private static async Task<long?> HighWatermarkAsync(IGrainFactory grains, TopicPartition partition)
    {
        try
        {
            return (await grains.GetGrain<IPartitionGrain>(partition.ToGrainKey()).GetStateAsync()).HighWatermark;
        }
        catch (BrokerException e) when (e.Code == ErrorCode.UnknownTopicOrPartition)
        {
            return null;
        }
    }
}
