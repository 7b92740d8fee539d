namespace OrleansBroker.Abstractions.Topics;

/// <summary>What to create: a topic's name, partition count, replication factor and configs.</summary>
[GenerateSerializer, Immutable, Alias("OrleansBroker.TopicSpecification")]
public sealed record TopicSpecification
{
    /// <summary>The topic name (Kafka's naming rules).</summary>
    [Id(0)] public required string Name { get; init; }

    /// <summary>Number of partitions; null takes the broker's num.partitions.</summary>
    [Id(1)] public int? NumPartitions { get; init; }

    /// <summary>Replication factor; null takes the broker's default.replication.factor.</summary>
    [Id(2)] public short? ReplicationFactor { get; init; }

    /// <summary>Topic-level configs (<see cref="TopicConfigNames"/>), overriding the broker defaults.</summary>
    [Id(3)] public IReadOnlyDictionary<string, string> Configs { get; init; } = new Dictionary<string, string>();
}
