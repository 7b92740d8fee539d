using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// Kafka's sticky assignment when every member subscribes to the same topics. With P partitions over M members each
/// member gets minQuota = P / M or maxQuota = ceil(P / M), and exactly P % M members get maxQuota. First every member
/// keeps up to its quota of what it owned (lowest partition numbers first); then the rest are dealt round-robin to the
/// members still under quota, in member id order. Partitions kept back from an owner over quota and then given to
/// someone else are recorded in <see cref="Transferring"/>, for the cooperative protocol.
/// </summary>
internal sealed class ConstrainedStickyBuilder
{
    private readonly AssignmentInput _input;
    private readonly StickyOwnership _ownership;
    private readonly int _minQuota;
    private readonly int _maxQuota;
    private readonly int _expectedOverMin;
    private readonly Dictionary<TopicPartition, string> _keptBack = [];
    private readonly List<string> _underMin = [];
    private readonly List<string> _atMinMayTakeOne = [];
    private int _overMin;

    public ConstrainedStickyBuilder(AssignmentInput input, StickyOwnership ownership)
    {
        _input = input;
        _ownership = ownership;
        var total = input.PartitionCounts.Values.Sum();
        var members = input.Members.Count;
        (_minQuota, _expectedOverMin) = (total / members, total % members);
        _maxQuota = _minQuota + (_expectedOverMin > 0 ? 1 : 0);
        Assignment = input.EmptyAssignment();
    }

    /// <summary>The assignment being built.</summary>
    public Dictionary<string, List<TopicPartition>> Assignment { get; }

    /// <summary>Partitions given to a new member while another still owns them, with the new member.</summary>
    public Dictionary<TopicPartition, string> Transferring { get; } = [];

    public Dictionary<string, List<TopicPartition>> Build()
    {
        foreach (var member in _input.Members)
        {
            KeepOwned(member);
        }

        var assigned = Assignment.Values.SelectMany(partitions => partitions).ToHashSet();
        var unassigned = _input.PartitionsOf(_input.PartitionCounts.Keys).Where(partition => !assigned.Contains(partition)).ToList();
        DealRoundRobin(unassigned);
        return Assignment;
    }

    private void KeepOwned(string member)
    {
        var owned = _ownership.Owned[member]
            .Where(partition => !_ownership.ClaimedByMany.Contains(partition))
            .OrderBy(partition => partition.Partition).ThenBy(partition => partition.Topic, StringComparer.Ordinal)
            .ToList();
        int keep;
        if (owned.Count < _minQuota)
        {
            keep = owned.Count;
            _underMin.Add(member);
        }
        else if (owned.Count >= _maxQuota && _overMin < _expectedOverMin)
        {
            keep = _maxQuota;
            if (++_overMin == _expectedOverMin)
            {
                _atMinMayTakeOne.Clear();
            }
        }
        else
        {
            keep = _minQuota;
            if (_overMin < _expectedOverMin)
            {
                _atMinMayTakeOne.Add(member);
            }
        }

        Assignment[member].AddRange(owned.Take(keep));
        owned.Skip(keep).ToList().ForEach(partition => _keptBack[partition] = member);
    }

    /// <summary>Fills members under minQuota in turns, then tops up members at minQuota to maxQuota while some may still take one.</summary>
    private void DealRoundRobin(List<TopicPartition> unassigned)
    {
        var next = 0;
        foreach (var partition in unassigned)
        {
            string member;
            if (next < _underMin.Count)
            {
                member = _underMin[next++];
            }
            else if (_underMin.Count > 0)
            {
                member = _underMin[0];
                next = 1;
            }
            else if (_atMinMayTakeOne.Count > 0)
            {
                member = _atMinMayTakeOne[0];
                _atMinMayTakeOne.RemoveAt(0);
            }
            else
            {
                throw new InvalidOperationException($"Sticky assignment found no member under quota for {partition}.");
            }

            var count = Give(partition, member);
            if (count == _minQuota && _underMin.Remove(member))
            {
                next--;
                _atMinMayTakeOne.Add(member);
            }
            else if (count == _maxQuota)
            {
                _overMin++;
            }
        }
    }

    private int Give(TopicPartition partition, string member)
    {
        Assignment[member].Add(partition);
        if ((_keptBack.TryGetValue(partition, out var owner) && owner != member) || _ownership.ClaimedByMany.Contains(partition))
        {
            Transferring[partition] = member;
        }

        return Assignment[member].Count;
    }
}
