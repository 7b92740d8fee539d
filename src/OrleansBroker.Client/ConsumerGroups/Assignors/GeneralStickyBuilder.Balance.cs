using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>The balancing pass of <see cref="GeneralStickyBuilder"/>.</summary>
internal sealed partial class GeneralStickyBuilder
{
    private void Balance(List<TopicPartition> unassigned)
    {
        var initializing = Load(_byLoad.Max!) == 0;
        unassigned.ForEach(GiveToLeastLoaded);

        // Only topics with two or more subscribers, and members that could still change, take part in reassignment.
        _sortedPartitions.RemoveAll(partition => _membersByTopic[partition.Topic].Count < 2);
        unassigned.RemoveAll(partition => _membersByTopic[partition.Topic].Count < 2);
        var fixedMembers = _input.Members.Where(member => !CanChange(member)).ToDictionary(member => member, member => _assignment[member]);
        foreach (var member in fixedMembers.Keys)
        {
            _byLoad.Remove(member);
            _assignment.Remove(member);
        }

        var before = _assignment.ToDictionary(pair => pair.Key, pair => pair.Value.ToList());
        var ownersBefore = new Dictionary<TopicPartition, string>(_ownerOf);
        if (!_revocationRequired)
        {
            // First try to balance by moving only the partitions that were just handed out.
            Reassign(unassigned);
        }

        if (Reassign(_sortedPartitions) && !initializing && BalanceScore(_assignment) >= BalanceScore(before))
        {
            _assignment.Clear();
            before.ToList().ForEach(pair => _assignment.Add(pair.Key, pair.Value));
            _ownerOf.Clear();
            ownersBefore.ToList().ForEach(pair => _ownerOf.Add(pair.Key, pair.Value));
        }

        foreach (var (member, partitions) in fixedMembers)
        {
            _assignment[member] = partitions;
        }
    }

    /// <summary>A member can gain a partition, or holds one of a topic somebody else could take.</summary>
    private bool CanChange(string member) =>
        Load(member) < MaxLoad(member) || _assignment[member].Any(partition => _membersByTopic[partition.Topic].Count >= 2);

    /// <summary>
    /// Moves partitions towards balance until a pass moves nothing; returns whether anything moved. Kafka has no limit on
    /// the passes; here at most one per partition (plus one) runs, so no input can make the moves cycle forever.
    /// </summary>
    private bool Reassign(List<TopicPartition> partitions)
    {
        var moved = false;
        for (var pass = 0; pass <= partitions.Count; pass++)
        {
            var movedThisPass = false;
            foreach (var partition in partitions.TakeWhile(_ => !IsBalanced()))
            {
                movedThisPass |= MoveTowardsBalance(partition);
            }

            moved |= movedThisPass;
            if (!movedThisPass)
            {
                break;
            }
        }

        return moved;
    }

    /// <summary>Moves the partition to its previous owner, or else to the least-loaded subscriber, when its owner holds two or more than they do.</summary>
    private bool MoveTowardsBalance(TopicPartition partition)
    {
        var owner = _ownerOf[partition];
        if (_previousOwner.TryGetValue(partition, out var previous) && CanTake(previous.Member, partition) && Load(owner) > Load(previous.Member) + 1)
        {
            Move(partition, previous.Member);
            return true;
        }

        if (_membersByTopic[partition.Topic].Any(other => Load(owner) > Load(other) + 1))
        {
            Move(partition, LeastLoadedSubscriber(partition.Topic));
            return true;
        }

        return false;
    }

    /// <summary>
    /// The previous owner still subscribes to the topic and takes part in reassignment. Kafka does not check: it can hand
    /// the partition to a member no longer subscribed to its topic, throw, or move it back and forth without end.
    /// </summary>
    private bool CanTake(string member, TopicPartition partition) => _assignment.ContainsKey(member) && _input.Subscribes(member, partition.Topic);

    /// <summary>Loads differ by at most one, or no member below its maximum could take a partition from a member two or more above it.</summary>
    private bool IsBalanced()
    {
        if (Load(_byLoad.Min!) >= Load(_byLoad.Max!) - 1)
        {
            return true;
        }

        foreach (var member in _byLoad)
        {
            var load = Load(member);
            if (load == MaxLoad(member))
            {
                continue;
            }

            var mine = _assignment[member].ToHashSet();
            var couldTakeOne = _input.PartitionsOf(_topicsByMember[member])
                .Where(partition => !mine.Contains(partition))
                .Any(partition => _ownerOf.TryGetValue(partition, out var other) && _assignment.ContainsKey(other) && load + 1 < Load(other));
            if (couldTakeOne)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sum over all member pairs of the difference of their loads: 0 is perfectly balanced.</summary>
    private static int BalanceScore(Dictionary<string, List<TopicPartition>> assignment)
    {
        var loads = assignment.Values.Select(partitions => partitions.Count).ToList();
        return loads.Sum(load => loads.Sum(other => Math.Abs(load - other))) / 2;
    }
}
