using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// The moves made while balancing, net of moves back (Kafka's <c>PartitionMovements</c>). When a partition of a topic is
/// about to move from A to B while another partition of that topic already moved from B to A, that one moves back
/// instead, so balancing never swaps partitions of one topic between two members.
/// </summary>
internal sealed class PartitionMovements
{
    private readonly Dictionary<TopicPartition, (string From, string To)> _moves = [];
    private readonly Dictionary<(string Topic, string From, string To), SortedSet<TopicPartition>> _byTopicAndPair = [];

    /// <summary>The partition to move so that <paramref name="partition"/>'s move from its owner to <paramref name="to"/> undoes an earlier move if it can.</summary>
    public TopicPartition PartitionToMove(TopicPartition partition, string owner, string to)
    {
        var from = _moves.TryGetValue(partition, out var earlier) ? earlier.From : owner;
        return _byTopicAndPair.TryGetValue((partition.Topic, to, from), out var reverse) ? reverse.Min : partition;
    }

    /// <summary>Records a move, merging it with the partition's earlier move (and forgetting both when it returns home).</summary>
    public void Record(TopicPartition partition, string from, string to)
    {
        if (_moves.Remove(partition, out var earlier))
        {
            var key = (partition.Topic, earlier.From, earlier.To);
            _byTopicAndPair[key].Remove(partition);
            if (_byTopicAndPair[key].Count == 0)
            {
                _byTopicAndPair.Remove(key);
            }

            from = earlier.From;
        }

        if (from != to)
        {
            _moves[partition] = (from, to);
            var key = (partition.Topic, from, to);
            if (!_byTopicAndPair.TryGetValue(key, out var partitions))
            {
                _byTopicAndPair[key] = partitions = new SortedSet<TopicPartition>(TopicPartitionOrder.Instance);
            }

            partitions.Add(partition);
        }
    }
}
