namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>The built-in assignors, found by the protocol name a group chose.</summary>
public static class PartitionAssignors
{
    /// <summary>Kafka's <c>range</c>, <c>roundrobin</c> and <c>cooperative-sticky</c> assignors.</summary>
    public static IReadOnlyList<IPartitionAssignor> All { get; } = [new RangeAssignor(), new RoundRobinAssignor(), new CooperativeStickyAssignor()];

    /// <summary>The built-in assignor named <paramref name="name"/> (case-sensitive, as Kafka matches protocol names), or null.</summary>
    public static IPartitionAssignor? Find(string name) => All.FirstOrDefault(assignor => assignor.Name == name);
}
