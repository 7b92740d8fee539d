using Orleans.Concurrency;

namespace OrleansBroker.Abstractions.Kafka;

/// <summary>
/// Which silo runs which Kafka broker: each silo registers its listener at start-up, and every listener answers
/// Metadata with the brokers of the silos Orleans' membership lists as active. One activation, key <see cref="Key"/>,
/// persisted, so the list survives the activation moving to another silo.
/// </summary>
[Alias("OrleansBroker.IKafkaBrokerRegistryGrain")]
public interface IKafkaBrokerRegistryGrain : IGrainWithStringKey
{
    /// <summary>The one registry's key.</summary>
    public const string Key = "kafka-brokers";

    /// <summary>
    /// Records that the silo at <paramref name="siloAddress"/> (<see cref="SiloAddress.ToParsableString"/>) serves
    /// <paramref name="broker"/>. Replaces earlier registrations of the same node id or the same silo endpoint: the
    /// newest start-up wins.
    /// </summary>
    [Alias("Register")]
    Task RegisterAsync(string siloAddress, KafkaBroker broker);

    /// <summary>The brokers of silos that are active now, by node id.</summary>
    [Alias("GetLiveBrokers"), ReadOnly]
    Task<IReadOnlyList<KafkaBroker>> GetLiveBrokersAsync();
}
