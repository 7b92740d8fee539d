using OrleansBroker.Abstractions;
using OrleansBroker.Client.ConsumerGroups.Protocol;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// An assignor's input as Kafka's <c>AbstractPartitionAssignor</c> prepares it: only topics someone subscribes to and that
/// have partitions, and members in fixed orders, so that every assignor is deterministic.
/// </summary>
internal sealed class AssignmentInput
{
    private readonly IReadOnlyDictionary<string, ConsumerSubscription> _subscriptions;
    private readonly Dictionary<string, HashSet<string>> _topicsByMember;

    public AssignmentInput(IReadOnlyDictionary<string, int> partitionsPerTopic, IReadOnlyDictionary<string, ConsumerSubscription> subscriptionsByMemberId)
    {
        ArgumentNullException.ThrowIfNull(partitionsPerTopic);
        ArgumentNullException.ThrowIfNull(subscriptionsByMemberId);
        _subscriptions = subscriptionsByMemberId;
        Members = [.. subscriptionsByMemberId.Keys.Order(StringComparer.Ordinal)];
        _topicsByMember = Members.ToDictionary(member => member, member => subscriptionsByMemberId[member].Topics.ToHashSet(StringComparer.Ordinal));
        var subscribed = _topicsByMember.Values.SelectMany(topics => topics).ToHashSet(StringComparer.Ordinal);
        PartitionCounts = new SortedDictionary<string, int>(
            partitionsPerTopic.Where(pair => pair.Value > 0 && subscribed.Contains(pair.Key)).ToDictionary(),
            StringComparer.Ordinal);
    }

    /// <summary>Member ids in ordinal order.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>
    /// Member ids in Kafka's <c>MemberInfo</c> order, used by range and round-robin: members with a group instance id
    /// first, ordered by it, then the others by member id.
    /// </summary>
    public IEnumerable<string> MembersInKafkaOrder => Members
        .OrderBy(member => _subscriptions[member].GroupInstanceId is null)
        .ThenBy(member => _subscriptions[member].GroupInstanceId, StringComparer.Ordinal);

    /// <summary>Partition count of every assignable topic, topics in ordinal order.</summary>
    public SortedDictionary<string, int> PartitionCounts { get; }

    public ConsumerSubscription SubscriptionOf(string member) => _subscriptions[member];

    public bool Subscribes(string member, string topic) => _topicsByMember[member].Contains(topic);

    /// <summary>True when every member subscribes to the same set of topics.</summary>
    public bool AllSubscriptionsEqual() => _topicsByMember.Values.All(topics => topics.SetEquals(_topicsByMember[Members[0]]));

    /// <summary>A partition that exists now, of a topic being assigned.</summary>
    public bool IsAssignable(TopicPartition partition) =>
        PartitionCounts.TryGetValue(partition.Topic, out var count) && partition.Partition >= 0 && partition.Partition < count;

    /// <summary>Partitions 0..n-1 of each topic, topics in the given order.</summary>
    public IEnumerable<TopicPartition> PartitionsOf(IEnumerable<string> topics) =>
        topics.SelectMany(topic => Enumerable.Range(0, PartitionCounts[topic]).Select(partition => new TopicPartition(topic, partition)));

    /// <summary>An empty list for every member, members in ordinal order.</summary>
    public Dictionary<string, List<TopicPartition>> EmptyAssignment() => Members.ToDictionary(member => member, _ => new List<TopicPartition>());
}
