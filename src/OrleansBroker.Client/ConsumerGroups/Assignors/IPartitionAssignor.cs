using OrleansBroker.Abstractions;
using OrleansBroker.Client.ConsumerGroups.Protocol;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// Splits the partitions of the subscribed topics among a group's members. In Kafka's classic group protocol the broker
/// only relays: the elected leader consumer runs the assignor the group chose (by <see cref="Name"/>) over every
/// member's <see cref="ConsumerSubscription"/>. Implementations are pure and deterministic: the same input gives the same output.
/// </summary>
public interface IPartitionAssignor
{
    /// <summary>The protocol name members advertise in JoinGroup (<c>partition.assignment.strategy</c>): Kafka's <c>range</c>, <c>roundrobin</c>, <c>cooperative-sticky</c>.</summary>
    string Name { get; }

    /// <summary>The rebalance protocols this assignor works with, preferred first.</summary>
    IReadOnlyList<RebalanceProtocol> SupportedProtocols { get; }

    /// <summary>
    /// The <see cref="ConsumerSubscription.UserData"/> a member using this assignor sends, given the generation of its last
    /// assignment (<see cref="ConsumerSubscription.NoGeneration"/> for none); null when the assignor needs none.
    /// </summary>
    byte[]? SubscriptionUserData(int generationId);

    /// <summary>Computes the assignment.</summary>
    /// <param name="partitionsPerTopic">Partition count per topic. Topics nobody subscribes to, and topics with no partitions, are ignored.</param>
    /// <param name="subscriptionsByMemberId">Every member's subscription, by member id.</param>
    /// <returns>Every member's partitions, by member id; a member that gets nothing has an empty list.</returns>
    IReadOnlyDictionary<string, IReadOnlyList<TopicPartition>> Assign(
        IReadOnlyDictionary<string, int> partitionsPerTopic,
        IReadOnlyDictionary<string, ConsumerSubscription> subscriptionsByMemberId);
}
