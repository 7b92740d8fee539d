using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// Kafka's <c>range</c> assignor: per topic, the partitions in order are cut into contiguous ranges, one per member
/// subscribed to that topic, members in Kafka's order (static members by group instance id, then the others by member
/// id); the first <c>partitions % members</c> members get one extra. Two members, two topics of three partitions:
/// <c>C0: t0-0, t0-1, t1-0, t1-1</c> and <c>C1: t0-2, t1-2</c>. Eager only; not rack-aware.
/// </summary>
public sealed class RangeAssignor : PartitionAssignor
{
    /// <inheritdoc />
    public override string Name => "range";

    /// <inheritdoc />
    private protected override Dictionary<string, List<TopicPartition>> Assign(AssignmentInput input)
    {
        var assignment = input.EmptyAssignment();
        foreach (var (topic, count) in input.PartitionCounts)
        {
            var members = input.MembersInKafkaOrder.Where(member => input.Subscribes(member, topic)).ToList();
            var next = 0;
            for (var i = 0; i < members.Count; i++)
            {
                var share = count / members.Count + (i < count % members.Count ? 1 : 0);
                assignment[members[i]].AddRange(Enumerable.Range(next, share).Select(partition => new TopicPartition(topic, partition)));
                next += share;
            }
        }

        return assignment;
    }
}
