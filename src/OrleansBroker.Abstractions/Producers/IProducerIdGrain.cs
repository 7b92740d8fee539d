namespace OrleansBroker.Abstractions.Producers;

/// <summary>
/// Hands out idempotent producers' ids (Kafka's InitProducerId without a transactional id): one activation, key
/// <see cref="Key"/>, persisted in grain storage. Ids come from blocks reserved in storage before use, so they are
/// unique across the cluster and across restarts without a storage write per id.
/// </summary>
[Alias("OrleansBroker.IProducerIdGrain")]
public interface IProducerIdGrain : IGrainWithStringKey
{
    /// <summary>The one grain's key.</summary>
    public const string Key = "producer-ids";

    /// <summary>A producer id never handed out before, with epoch 0.</summary>
    [Alias("InitProducerId")]
    Task<ProducerIdentity> InitProducerIdAsync();
}
