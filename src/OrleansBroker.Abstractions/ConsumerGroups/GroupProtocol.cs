namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>A protocol a member can use (for consumers: an assignor name such as "range") and its metadata for it.</summary>
/// <param name="Name">The protocol name.</param>
/// <param name="Metadata">Opaque to the broker; for consumers a Kafka ConsumerProtocolSubscription.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.GroupProtocol")]
public sealed record GroupProtocol([property: Id(0)] string Name, [property: Id(1)] byte[] Metadata);
