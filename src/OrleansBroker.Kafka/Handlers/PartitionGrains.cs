using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>Reaches the partition grain a request names, refusing names no partition can have before any grain activates.</summary>
internal static class PartitionGrains
{
    /// <summary>The grain of <paramref name="topic"/>-<paramref name="partition"/>; UNKNOWN_TOPIC_OR_PARTITION for an illegal name or a negative index.</summary>
    public static IPartitionGrain Get(IGrainFactory grains, string topic, int partition)
    {
        try
        {
            TopicNames.Validate(topic);
        }
        catch (BrokerException)
        {
            throw Unknown(topic, partition);
        }

        return partition >= 0
            ? grains.GetGrain<IPartitionGrain>(new TopicPartition(topic, partition).ToGrainKey())
            : throw Unknown(topic, partition);
    }

    private static BrokerException Unknown(string topic, int partition) =>
        new(ErrorCode.UnknownTopicOrPartition, $"This server does not host this topic-partition: {topic}-{partition}.");
}
