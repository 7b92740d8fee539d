namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>DeleteTopics request (key 20), v0-3: topics to delete, by name.</summary>
public sealed class DeleteTopicsRequest : IKafkaRequest, IKafkaMessage<DeleteTopicsRequest>
{
    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.DeleteTopics;

    /// <summary>The names of the topics to delete.</summary>
    public IReadOnlyList<string> TopicNames { get; set; } = [];

    /// <summary>How long to wait for the deletion, in milliseconds.</summary>
    public int TimeoutMs { get; set; }

    /// <inheritdoc/>
    public static DeleteTopicsRequest Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        return new()
        {
            TopicNames = reader.ReadStringArray("TopicNames"),
            TimeoutMs = reader.ReadInt32("TimeoutMs"),
        };
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        writer.WriteStringArray(TopicNames);
        writer.WriteInt32(TimeoutMs);
    }
}
