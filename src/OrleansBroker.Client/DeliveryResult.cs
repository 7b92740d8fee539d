namespace OrleansBroker.Client;

/// <summary>Where a produced record landed.</summary>
public sealed class DeliveryResult<TKey, TValue>
{
    /// <summary>The topic.</summary>
    public required string Topic { get; init; }

    /// <summary>The partition.</summary>
    public required int Partition { get; init; }

    /// <summary>The record's offset.</summary>
    public required long Offset { get; init; }

    /// <summary>The record's timestamp as stored: the producer's, or the broker's under LogAppendTime.</summary>
    public required long Timestamp { get; init; }

    /// <summary>The message that was produced.</summary>
    public required Message<TKey, TValue> Message { get; init; }

    /// <summary>The partition and offset together.</summary>
    public TopicPartitionOffset TopicPartitionOffset => new(Topic, Partition, Offset);
}
