using OrleansBroker.Abstractions.Topics;

namespace OrleansBroker.Client.Internal;

/// <summary>Topic metadata as producers and consumers need it, fetched once per topic and refreshed on demand.</summary>
internal interface ITopicMetadataCache
{
    /// <summary>The topic's metadata; auto-creates the topic when the broker allows it (as a Kafka producer's first send does).</summary>
    ValueTask<TopicMetadata> GetForProduceAsync(string topic);

    /// <summary>The topic's metadata; fails with UnknownTopicOrPartition when it does not exist.</summary>
    ValueTask<TopicMetadata> GetAsync(string topic);

    /// <summary>The topic's metadata, or null when it does not exist (never creates it).</summary>
    ValueTask<TopicMetadata?> TryGetAsync(string topic);

    /// <summary>The cached metadata, or null when it has not been fetched yet.</summary>
    TopicMetadata? TryGetCached(string topic);

    /// <summary>Forgets what is known of <paramref name="topic"/> (after it changed or was deleted).</summary>
    void Invalidate(string topic);
}
