using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups;

/// <summary>Kafka's order of topic-partitions: by topic (ordinal, as Java's <c>String.compareTo</c>), then by partition.</summary>
internal static class TopicPartitionOrder
{
    /// <summary>Compares by topic, then partition.</summary>
    public static IComparer<TopicPartition> Instance { get; } = Comparer<TopicPartition>.Create(Compare);

    private static int Compare(TopicPartition left, TopicPartition right)
    {
        var byTopic = string.CompareOrdinal(left.Topic, right.Topic);
        return byTopic != 0 ? byTopic : left.Partition.CompareTo(right.Partition);
    }
}
