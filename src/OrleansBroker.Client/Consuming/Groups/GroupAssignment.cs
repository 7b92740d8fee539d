using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming.Groups;

/// <summary>The consumer's side of Kafka's consumer protocol: what it sends in a join, and what a leader hands out.</summary>
internal static class GroupAssignment
{
    /// <summary>The configured assignors, checked by name.</summary>
    public static IReadOnlyList<IPartitionAssignor> Resolve(IReadOnlyList<string> strategy)
    {
        var assignors = strategy.Select(name => PartitionAssignors.Find(name)
            ?? throw new BrokerException(ErrorCode.InvalidConfig, $"Unknown partition.assignment.strategy '{name}'; known: {string.Join(", ", PartitionAssignors.All.Select(a => a.Name))}.")).ToList();
        return assignors.Count > 0
            ? assignors
            : throw new BrokerException(ErrorCode.InvalidConfig, "partition.assignment.strategy names no assignor.");
    }

    /// <summary>Kafka's rule: the consumer rebalances cooperatively only when every assignor it offers can.</summary>
    public static bool IsCooperative(IReadOnlyList<IPartitionAssignor> assignors) =>
        assignors.All(assignor => assignor.SupportedProtocols.Contains(RebalanceProtocol.Cooperative));

    /// <summary>The join metadata for <paramref name="assignor"/>: topics, owned partitions, generation and the assignor's user data.</summary>
    public static byte[] Subscription(IPartitionAssignor assignor, IReadOnlyList<string> topics, IReadOnlyList<TopicPartition> owned, int generationId) =>
        new ConsumerSubscription
        {
            Topics = topics,
            OwnedPartitions = owned,
            GenerationId = generationId,
            UserData = assignor.SubscriptionUserData(generationId),
        }.Encode();

    /// <summary>Decodes every member's subscription, as the leader sees them.</summary>
    public static Dictionary<string, ConsumerSubscription> Subscriptions(IReadOnlyList<JoinedMember> members) =>
        members.ToDictionary(member => member.MemberId, member => ConsumerSubscription.Decode(member.Metadata) with { GroupInstanceId = member.GroupInstanceId });

    /// <summary>Runs the chosen assignor and encodes each member's share.</summary>
    public static IReadOnlyDictionary<string, byte[]> Assign(string protocol, IReadOnlyDictionary<string, int> partitionCounts, IReadOnlyDictionary<string, ConsumerSubscription> subscriptions)
    {
        var assignor = PartitionAssignors.Find(protocol)
            ?? throw new BrokerException(ErrorCode.InconsistentGroupProtocol, $"The group chose assignor '{protocol}', which this consumer does not have.");
        return assignor.Assign(partitionCounts, subscriptions)
            .ToDictionary(pair => pair.Key, pair => new ConsumerAssignment { Partitions = pair.Value }.Encode());
    }

    /// <summary>The partitions in a SyncGroup answer; none when the leader gave this member nothing.</summary>
    public static IReadOnlyList<TopicPartition> Partitions(byte[] assignment) =>
        assignment.Length == 0 ? [] : ConsumerAssignment.Decode(assignment).Partitions;
}
