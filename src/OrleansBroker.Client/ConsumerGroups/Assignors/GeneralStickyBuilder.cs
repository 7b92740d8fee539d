using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// Kafka's sticky assignment when members subscribe to different topics (its <c>GeneralAssignmentBuilder</c>, without
/// racks): keep each member's owned partitions of topics it still subscribes to, give every other partition to the
/// least-loaded subscriber (topics with the fewest subscribers first), then move partitions from members with two or
/// more than another subscriber towards balance, back to their previous-generation owner where that helps; keep the
/// moves only if they improve the balance score. Ties are broken by member id, so the result is deterministic.
/// </summary>
internal sealed partial class GeneralStickyBuilder
{
    private readonly AssignmentInput _input;
    private readonly Dictionary<string, List<string>> _membersByTopic;
    private readonly Dictionary<string, List<string>> _topicsByMember;
    private readonly Dictionary<string, List<TopicPartition>> _assignment;
    private readonly Dictionary<TopicPartition, string> _ownerOf = [];
    private readonly List<TopicPartition> _sortedPartitions;
    private readonly SortedSet<string> _byLoad;
    private readonly Dictionary<TopicPartition, (string Member, int Generation)> _previousOwner = [];
    private readonly PartitionMovements _movements = new();
    private bool _revocationRequired;

    public GeneralStickyBuilder(AssignmentInput input, StickyOwnership ownership)
    {
        _input = input;
        _membersByTopic = input.PartitionCounts.Keys.ToDictionary(topic => topic, topic => input.Members.Where(member => input.Subscribes(member, topic)).ToList());
        _topicsByMember = input.Members.ToDictionary(member => member, member => input.PartitionCounts.Keys.Where(topic => input.Subscribes(member, topic)).ToList());
        _assignment = ownership.Owned.ToDictionary(pair => pair.Key, pair => pair.Value.ToList());
        foreach (var (member, partitions) in _assignment)
        {
            partitions.ForEach(partition => _ownerOf[partition] = member);
        }

        var topicsFewestSubscribersFirst = _membersByTopic.OrderBy(pair => pair.Value.Count).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key);
        _sortedPartitions = [.. input.PartitionsOf(topicsFewestSubscribersFirst)];
        _byLoad = new SortedSet<string>(Comparer<string>.Create(CompareLoad));
        RememberPreviousOwners(ownership);
    }

    public Dictionary<string, List<TopicPartition>> Build()
    {
        var kept = KeepOwnedStillSubscribed();
        var unassigned = _sortedPartitions.Where(partition => !kept.Contains(partition)).ToList();
        _byLoad.UnionWith(_assignment.Keys);
        Balance(unassigned);
        return _assignment;
    }

    /// <summary>Claims of members older than the newest generation: where a partition went before, to send it back if that balances.</summary>
    private void RememberPreviousOwners(StickyOwnership ownership)
    {
        foreach (var member in _input.Members.Where(member => ownership.Generations[member] < ownership.MaxGeneration))
        {
            var generation = ownership.Generations[member];
            foreach (var partition in _input.SubscriptionOf(member).OwnedPartitions)
            {
                if (!_previousOwner.TryGetValue(partition, out var previous) || generation > previous.Generation)
                {
                    _previousOwner[partition] = (member, generation);
                }
            }
        }
    }

    /// <summary>Drops owned partitions of topics the owner no longer subscribes to (which then needs a revocation); returns the rest.</summary>
    private HashSet<TopicPartition> KeepOwnedStillSubscribed()
    {
        var kept = new HashSet<TopicPartition>();
        foreach (var (member, partitions) in _assignment)
        {
            _revocationRequired |= partitions.RemoveAll(partition => !_input.Subscribes(member, partition.Topic)) > 0;
            kept.UnionWith(partitions);
        }

        return kept;
    }

    private int Load(string member) => _assignment[member].Count;

    private int CompareLoad(string left, string right)
    {
        var byLoad = Load(left).CompareTo(Load(right));
        return byLoad != 0 ? byLoad : string.CompareOrdinal(left, right);
    }

    /// <summary>All partitions of the member's topics: the most it could hold.</summary>
    private int MaxLoad(string member) => _topicsByMember[member].Sum(topic => _input.PartitionCounts[topic]);

    /// <summary>Gives the partition to the least-loaded member subscribed to its topic.</summary>
    private void GiveToLeastLoaded(TopicPartition partition) => Give(partition, LeastLoadedSubscriber(partition.Topic));

    private string LeastLoadedSubscriber(string topic) => _byLoad.First(member => _input.Subscribes(member, topic));

    private void Give(TopicPartition partition, string member)
    {
        _byLoad.Remove(member);
        _assignment[member].Add(partition);
        _ownerOf[partition] = member;
        _byLoad.Add(member);
    }

    /// <summary>Moves <paramref name="partition"/> (or the partition that undoes an earlier opposite move) to <paramref name="to"/>.</summary>
    private void Move(TopicPartition partition, string to)
    {
        var moving = _movements.PartitionToMove(partition, _ownerOf[partition], to);
        var from = _ownerOf[moving];
        _byLoad.Remove(from);
        _byLoad.Remove(to);
        _movements.Record(moving, from, to);
        _assignment[from].Remove(moving);
        _assignment[to].Add(moving);
        _ownerOf[moving] = to;
        _byLoad.Add(to);
        _byLoad.Add(from);
    }
}
