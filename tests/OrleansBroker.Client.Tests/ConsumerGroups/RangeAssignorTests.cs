using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using static OrleansBroker.Client.Tests.ConsumerGroups.GroupScenario;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>
/// RangeAssignor gives Kafka's range assignment: per topic, contiguous ranges over the topic's subscribers in member id
/// order (static members first, by group instance id), the first partitions % members getting one extra. Expected
/// values come from Kafka's RangeAssignor Javadoc and RangeAssignorTest.
/// </summary>
public sealed class RangeAssignorTests
{
    private readonly RangeAssignor _assignor = new();

    [Fact]
    public void Assign_TwoTopicsOfThreeOverTwo_KafkasJavadocExample() =>
        Assert.Equal(
            "C0: t0-0 t0-1 t1-0 t1-1 | C1: t0-2 t1-2",
            _assignor.AssignToText(new() { ["t0"] = 3, ["t1"] = 3 }, new() { ["C1"] = Subscribe("t0", "t1"), ["C0"] = Subscribe("t0", "t1") }));

    [Fact]
    public void Assign_SevenOverThree_FirstMemberGetsTheExtra() =>
        Assert.Equal(
            "a: t-0 t-1 t-2 | b: t-3 t-4 | c: t-5 t-6",
            _assignor.AssignToText(new() { ["t"] = 7 }, new() { ["c"] = Subscribe("t"), ["a"] = Subscribe("t"), ["b"] = Subscribe("t") }));

    [Fact]
    public void Assign_MoreMembersThanPartitions_LastGetNothing() =>
        Assert.Equal(
            "a: t-0 | b: t-1 | c:",
            _assignor.AssignToText(new() { ["t"] = 2 }, new() { ["a"] = Subscribe("t"), ["b"] = Subscribe("t"), ["c"] = Subscribe("t") }));

    [Fact]
    public void Assign_MixedSubscriptions_EachTopicOverItsOwnSubscribers() =>
        Assert.Equal(
            "consumer1: topic1-0 | consumer2: topic1-1 topic2-0 topic2-1 | consumer3: topic1-2",
            _assignor.AssignToText(
                new() { ["topic1"] = 3, ["topic2"] = 2 },
                new() { ["consumer1"] = Subscribe("topic1"), ["consumer2"] = Subscribe("topic1", "topic2"), ["consumer3"] = Subscribe("topic1") }));

    [Fact]
    public void Assign_StaticMembers_OrderedByInstanceIdBeforeDynamicOnes() =>
        Assert.Equal(
            "a: t-1 | b: t-0 | c: t-2",
            _assignor.AssignToText(
                new() { ["t"] = 3 },
                new() { ["a"] = Subscribe("t") with { GroupInstanceId = "i2" }, ["b"] = Subscribe("t") with { GroupInstanceId = "i1" }, ["c"] = Subscribe("t") }));

    [Fact]
    public void Assign_UnknownEmptyAndUnsubscribedTopics_AreSkipped() =>
        Assert.Equal(
            "a: t-0 | b:",
            _assignor.AssignToText(
                new() { ["t"] = 1, ["empty"] = 0, ["other"] = 5 },
                new() { ["a"] = Subscribe("t", "empty", "missing"), ["b"] = Subscribe() }));

    [Fact]
    public void Assign_SameInputInAnotherOrder_SameOutput()
    {
        var members = new Dictionary<string, ConsumerSubscription> { ["m2"] = Subscribe("y", "x"), ["m1"] = Subscribe("x"), ["m3"] = Subscribe("x", "y") };
        var reordered = members.Reverse().ToDictionary();

        Assert.Equal(
            _assignor.AssignToText(new() { ["x"] = 5, ["y"] = 4 }, members),
            _assignor.AssignToText(new() { ["y"] = 4, ["x"] = 5 }, reordered));
    }
}
