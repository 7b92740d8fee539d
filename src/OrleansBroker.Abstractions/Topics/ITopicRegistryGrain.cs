using Orleans.Concurrency;

namespace OrleansBroker.Abstractions.Topics;

/// <summary>
/// The cluster's topic metadata (Kafka's controller role): one activation, key <see cref="Key"/>, persisted in grain
/// storage. Admin operations are rare and serialised here; clients cache metadata, so produce and fetch never wait on it.
/// Failures throw <see cref="Records.BrokerException"/> with a Kafka error code.
/// </summary>
[Alias("OrleansBroker.ITopicRegistryGrain")]
public interface ITopicRegistryGrain : IGrainWithStringKey
{
    /// <summary>The one registry's key.</summary>
    public const string Key = "topics";

    /// <summary>Creates a topic; fails with TopicAlreadyExists, InvalidTopic, InvalidPartitions, InvalidReplicationFactor or InvalidConfig and creates nothing.</summary>
    [Alias("CreateTopic")]
    Task<TopicMetadata> CreateTopicAsync(TopicSpecification specification);

    /// <summary>Fails as <see cref="CreateTopicAsync"/> would, creating nothing (Kafka's CreateTopics with validateOnly).</summary>
    [Alias("ValidateTopic")]
    Task ValidateTopicAsync(TopicSpecification specification);

    /// <summary>The topic's metadata, or null when it does not exist. Interleaves, so partition grains can ask while the registry waits on them.</summary>
    [Alias("GetTopic"), AlwaysInterleave]
    Task<TopicMetadata?> GetTopicAsync(string name);

    /// <summary>The topic's metadata; when it does not exist, creates it with broker defaults if auto.create.topics.enable is on, else fails with UnknownTopicOrPartition.</summary>
    [Alias("GetOrAutoCreateTopic")]
    Task<TopicMetadata> GetOrAutoCreateTopicAsync(string name);

    /// <summary>Names of all topics, sorted.</summary>
    [Alias("ListTopics"), AlwaysInterleave]
    Task<IReadOnlyList<string>> ListTopicsAsync();

    /// <summary>The metadata of every topic, sorted by name: one call where a name list would need one more per topic.</summary>
    [Alias("ListTopicMetadata"), AlwaysInterleave]
    Task<IReadOnlyList<TopicMetadata>> ListTopicMetadataAsync();

    /// <summary>Metadata plus each partition's leader, replicas and ISR; fails with UnknownTopicOrPartition.</summary>
    [Alias("DescribeTopic")]
    Task<TopicDescription> DescribeTopicAsync(string name);

    /// <summary>Deletes the topic and all its records; fails with UnknownTopicOrPartition.</summary>
    [Alias("DeleteTopic")]
    Task DeleteTopicAsync(string name);

    /// <summary>Raises the partition count to <paramref name="totalCount"/>; fails with InvalidPartitions unless it is an increase.</summary>
    [Alias("CreatePartitions")]
    Task<TopicMetadata> CreatePartitionsAsync(string name, int totalCount);

    /// <summary>Fails as <see cref="CreatePartitionsAsync"/> would, changing nothing (Kafka's CreatePartitions with validateOnly).</summary>
    [Alias("ValidateCreatePartitions")]
    Task ValidateCreatePartitionsAsync(string name, int totalCount);

    /// <summary>Sets the given configs and removes those in <paramref name="delete"/> (back to broker defaults); applied to live partitions at once.</summary>
    [Alias("AlterConfigs")]
    Task<TopicMetadata> AlterConfigsAsync(string name, IReadOnlyDictionary<string, string> set, IReadOnlyList<string> delete);
}
