using OrleansBroker.Abstractions;

namespace OrleansBroker.Client;

/// <summary>A partition and a position in it.</summary>
/// <param name="TopicPartition">The partition.</param>
/// <param name="Offset">The position.</param>
public readonly record struct TopicPartitionOffset(TopicPartition TopicPartition, Offset Offset)
{
    /// <summary>Creates one from its parts.</summary>
    public TopicPartitionOffset(string topic, int partition, Offset offset)
        : this(new TopicPartition(topic, partition), offset)
    {
    }

    /// <summary>The topic.</summary>
    public string Topic => TopicPartition.Topic;

    /// <summary>The partition number.</summary>
    public int Partition => TopicPartition.Partition;
}
