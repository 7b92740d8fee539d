namespace OrleansBroker.Abstractions.Kafka;

/// <summary>A silo's Kafka listener as Kafka clients see it: the broker's node id and the address it advertises.</summary>
/// <param name="NodeId">The broker's node id (Kafka's broker.id), at least 0; leaders and replicas are named by it.</param>
/// <param name="Host">The advertised host name or address clients connect to.</param>
/// <param name="Port">The advertised port.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.KafkaBroker")]
public sealed record KafkaBroker(
    [property: Id(0)] int NodeId,
    [property: Id(1)] string Host,
    [property: Id(2)] int Port);
