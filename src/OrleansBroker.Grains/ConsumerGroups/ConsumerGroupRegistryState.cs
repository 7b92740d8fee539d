namespace OrleansBroker.Grains.ConsumerGroups;

/// <summary>The persisted list of consumer group ids.</summary>
[GenerateSerializer, Alias("OrleansBroker.ConsumerGroupRegistryState")]
public sealed class ConsumerGroupRegistryState
{
    /// <summary>Every group id.</summary>
    [Id(0)] public SortedSet<string> Groups { get; set; } = [];
}
