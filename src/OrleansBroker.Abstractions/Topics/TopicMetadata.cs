namespace OrleansBroker.Abstractions.Topics;

/// <summary>What the broker knows of an existing topic: enough for clients to route records to partitions.</summary>
[GenerateSerializer, Immutable, Alias("OrleansBroker.TopicMetadata")]
public sealed record TopicMetadata
{
    /// <summary>The topic name.</summary>
    [Id(0)] public required string Name { get; init; }

    /// <summary>A unique id per incarnation of the name (a topic deleted and created again gets a new one).</summary>
    [Id(1)] public required Guid TopicId { get; init; }

    /// <summary>Number of partitions, numbered 0 to count - 1.</summary>
    [Id(2)] public required int PartitionCount { get; init; }

    /// <summary>The replication factor the topic was created with.</summary>
    [Id(3)] public required short ReplicationFactor { get; init; }

    /// <summary>Topic-level configs set on the topic (broker defaults apply to the rest).</summary>
    [Id(4)] public required IReadOnlyDictionary<string, string> Configs { get; init; }

    /// <summary>The topic id in Kafka's text form: URL-safe base64 of the 16 bytes, without padding.</summary>
    public string TopicIdText =>
        Convert.ToBase64String(TopicId.ToByteArray(bigEndian: true)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
