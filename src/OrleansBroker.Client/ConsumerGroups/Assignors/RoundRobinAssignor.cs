using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// Kafka's <c>roundrobin</c> assignor: every subscribed topic-partition, sorted by topic then partition, is dealt in turn
/// to the members in Kafka's order (static members by group instance id, then the others by member id), skipping a
/// member not subscribed to that partition's topic. Two members, two topics of three partitions:
/// <c>C0: t0-0, t0-2, t1-1</c> and <c>C1: t0-1, t1-0, t1-2</c>. Eager only.
/// </summary>
public sealed class RoundRobinAssignor : PartitionAssignor
{
    /// <inheritdoc />
    public override string Name => "roundrobin";

    /// <inheritdoc />
    private protected override Dictionary<string, List<TopicPartition>> Assign(AssignmentInput input)
    {
        var assignment = input.EmptyAssignment();
        var members = input.MembersInKafkaOrder.ToList();
        var turn = 0;
        foreach (var partition in input.PartitionsOf(input.PartitionCounts.Keys))
        {
            // Every topic here has a subscriber, so this stops within one lap.
            while (!input.Subscribes(members[turn % members.Count], partition.Topic))
            {
                turn++;
            }

            assignment[members[turn++ % members.Count]].Add(partition);
        }

        return assignment;
    }
}
