using OrleansBroker.Client.ConsumerGroups.Assignors;
using static OrleansBroker.Client.Tests.ConsumerGroups.GroupScenario;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>
/// RoundRobinAssignor gives Kafka's round-robin assignment: all topic-partitions sorted by topic then partition, dealt
/// to members in member id order (static members first, by group instance id), skipping members not subscribed to the
/// partition's topic. Expected values come from Kafka's RoundRobinAssignor Javadoc and RoundRobinAssignorTest.
/// </summary>
public sealed class RoundRobinAssignorTests
{
    private readonly RoundRobinAssignor _assignor = new();

    [Fact]
    public void Assign_TwoTopicsOfThreeOverTwo_KafkasJavadocExample() =>
        Assert.Equal(
            "C0: t0-0 t0-2 t1-1 | C1: t0-1 t1-0 t1-2",
            _assignor.AssignToText(new() { ["t0"] = 3, ["t1"] = 3 }, new() { ["C1"] = Subscribe("t1", "t0"), ["C0"] = Subscribe("t0", "t1") }));

    [Fact]
    public void Assign_DifferentSubscriptions_SkipsNonSubscribers() =>
        Assert.Equal(
            "C0: t0-0 | C1: t1-0 | C2: t1-1 t2-0 t2-1 t2-2",
            _assignor.AssignToText(
                new() { ["t0"] = 1, ["t1"] = 2, ["t2"] = 3 },
                new() { ["C0"] = Subscribe("t0"), ["C1"] = Subscribe("t0", "t1"), ["C2"] = Subscribe("t0", "t1", "t2") }));

    [Fact]
    public void Assign_FiveOverTwo_AlternatesFromTheFirstMember() =>
        Assert.Equal("a: t-0 t-2 t-4 | b: t-1 t-3", _assignor.AssignToText(new() { ["t"] = 5 }, new() { ["b"] = Subscribe("t"), ["a"] = Subscribe("t") }));

    [Fact]
    public void Assign_DealingContinuesAcrossTopics_NotRestartingPerTopic() =>
        Assert.Equal(
            "a: t0-0 t1-1 | b: t0-1 t1-2 | c: t1-0",
            _assignor.AssignToText(new() { ["t0"] = 2, ["t1"] = 3 }, new() { ["a"] = Subscribe("t0", "t1"), ["b"] = Subscribe("t0", "t1"), ["c"] = Subscribe("t1") }));

    [Fact]
    public void Assign_StaticMembers_OrderedByInstanceIdBeforeDynamicOnes() =>
        Assert.Equal(
            "a: t-1 t-4 | b: t-0 t-3 | c: t-2",
            _assignor.AssignToText(
                new() { ["t"] = 5 },
                new() { ["a"] = Subscribe("t") with { GroupInstanceId = "I1" }, ["b"] = Subscribe("t") with { GroupInstanceId = "I0" }, ["c"] = Subscribe("t") }));

    [Fact]
    public void Assign_NoSubscribedPartitions_EveryMemberGetsAnEmptyList() =>
        Assert.Equal("a: | b:", _assignor.AssignToText(new() { ["t"] = 2 }, new() { ["a"] = Subscribe("u"), ["b"] = Subscribe() }));
}
