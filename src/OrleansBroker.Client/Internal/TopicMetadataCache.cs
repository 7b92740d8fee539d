using System.Collections.Concurrent;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Internal;

/// <inheritdoc />
internal sealed class TopicMetadataCache(IClusterClient cluster) : ITopicMetadataCache
{
    private readonly ConcurrentDictionary<string, TopicMetadata> _topics = new(StringComparer.Ordinal);

    private ITopicRegistryGrain Registry => cluster.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);

    public async ValueTask<TopicMetadata> GetForProduceAsync(string topic) =>
        _topics.TryGetValue(topic, out var cached) ? cached : _topics[topic] = await Registry.GetOrAutoCreateTopicAsync(topic);

    public async ValueTask<TopicMetadata> GetAsync(string topic) =>
        await TryGetAsync(topic) ?? throw new BrokerException(ErrorCode.UnknownTopicOrPartition, $"Topic '{topic}' does not exist.");

    public async ValueTask<TopicMetadata?> TryGetAsync(string topic)
    {
        if (_topics.TryGetValue(topic, out var cached))
        {
            return cached;
        }

        return await Registry.GetTopicAsync(topic) is { } metadata ? _topics[topic] = metadata : null;
    }

    public TopicMetadata? TryGetCached(string topic) => _topics.GetValueOrDefault(topic);

    public void Invalidate(string topic) => _topics.TryRemove(topic, out _);
}
