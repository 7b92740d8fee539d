using OrleansBroker.Abstractions.Topics;

namespace OrleansBroker.Grains.Topics;

/// <summary>The persisted topic registry: every topic's metadata by name.</summary>
[GenerateSerializer, Alias("OrleansBroker.TopicRegistryState")]
public sealed class TopicRegistryState
{
    /// <summary>Topics by name.</summary>
    [Id(0)] public Dictionary<string, TopicMetadata> Topics { get; set; } = new(StringComparer.Ordinal);
}
