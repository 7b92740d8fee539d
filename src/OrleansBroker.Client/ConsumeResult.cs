namespace OrleansBroker.Client;

/// <summary>A consumed record and where it came from.</summary>
public sealed class ConsumeResult<TKey, TValue>
{
    /// <summary>The topic.</summary>
    public required string Topic { get; init; }

    /// <summary>The partition.</summary>
    public required int Partition { get; init; }

    /// <summary>The record's offset.</summary>
    public required long Offset { get; init; }

    /// <summary>The record.</summary>
    public required Message<TKey, TValue> Message { get; init; }

    /// <summary>The partition and offset together.</summary>
    public TopicPartitionOffset TopicPartitionOffset => new(Topic, Partition, Offset);
}
