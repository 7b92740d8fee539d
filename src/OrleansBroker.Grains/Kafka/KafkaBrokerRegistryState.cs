using OrleansBroker.Abstractions.Kafka;

namespace OrleansBroker.Grains.Kafka;

/// <summary>The persisted broker registry: each registered silo's Kafka broker, by silo address.</summary>
[GenerateSerializer, Alias("OrleansBroker.KafkaBrokerRegistryState")]
public sealed class KafkaBrokerRegistryState
{
    /// <summary>Brokers by <see cref="SiloAddress.ToParsableString"/> of their silo.</summary>
    [Id(0)] public Dictionary<string, KafkaBroker> Brokers { get; set; } = new(StringComparer.Ordinal);
}
