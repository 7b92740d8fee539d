using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.Admin;

/// <summary>An active member of a consumer group and the partitions it was assigned.</summary>
/// <param name="MemberId">The member id the group gave it (Kafka's CONSUMER-ID).</param>
/// <param name="ClientId">The consumer's client.id.</param>
/// <param name="Host">The consumer's host, e.g. <c>/127.0.0.1</c>.</param>
/// <param name="Assignment">Its assigned partitions, by topic then partition; empty when it has none (or during a rebalance).</param>
public sealed record ConsumerGroupMember(string MemberId, string ClientId, string Host, IReadOnlyList<TopicPartition> Assignment);
