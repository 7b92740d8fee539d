namespace OrleansBroker.Abstractions.Producers;

/// <summary>What an idempotent producer stamps on every batch, beside a per-partition sequence (Kafka's InitProducerId answer).</summary>
/// <param name="ProducerId">Unique in the cluster, for good: never handed out twice, even across restarts. At least 0.</param>
/// <param name="ProducerEpoch">The id's epoch: 0 for a new id; a partition refuses batches from an epoch older than it has seen.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.ProducerIdentity")]
public readonly record struct ProducerIdentity(
    [property: Id(0)] long ProducerId,
    [property: Id(1)] short ProducerEpoch);
