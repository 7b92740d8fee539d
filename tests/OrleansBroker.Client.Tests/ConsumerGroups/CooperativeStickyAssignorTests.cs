using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using static OrleansBroker.Client.Tests.ConsumerGroups.GroupScenario;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>
/// CooperativeStickyAssignor with equal subscriptions: fresh assignments are balanced (counts differ by at most one),
/// members keep what they own, a leaver's partitions (like new partitions) go straight to the others, and a joiner gets partitions only in
/// the rebalance after their owners revoked them. Every expected value is what Kafka's CooperativeStickyAssignor
/// (apache/kafka@1eb7644) returns for the same input.
/// </summary>
public sealed class CooperativeStickyAssignorTests
{
    private readonly CooperativeStickyAssignor _assignor = new();

    [Fact]
    public void Assign_SevenOverThreeFresh_BalancedRoundRobin() =>
        Assert.Equal("c1: t-0 t-3 t-6 | c2: t-1 t-4 | c3: t-2 t-5", _assignor.AssignToText(new() { ["t"] = 7 }, Members(("c1", ""), ("c2", ""), ("c3", ""))));

    [Fact]
    public void Assign_SeveralTopicsFresh_BalancedOverAllPartitions() =>
        Assert.Equal(
            "c1: t0-0 t1-0 t1-3 | c2: t0-1 t1-1 | c3: t0-2 t1-2",
            _assignor.AssignToText(new() { ["t0"] = 3, ["t1"] = 4 }, Members(("c1", ""), ("c2", ""), ("c3", ""))));

    [Fact]
    public void Assign_MemberJoins_OwnersRevokeFirstThenTheJoinerGetsThem()
    {
        var partitions = new Dictionary<string, int> { ["t"] = 6 };
        var members = Members(("c1", "t-0 t-1 t-2"), ("c2", "t-3 t-4 t-5"), ("c3", ""));

        var (first, second) = _assignor.TwoRounds(partitions, members, nextGeneration: 2);

        Assert.Equal("c1: t-0 t-1 | c2: t-3 t-4 | c3:", first);
        Assert.Equal("c1: t-0 t-1 | c2: t-3 t-4 | c3: t-2 t-5", second);
    }

    [Fact]
    public void Assign_MemberLeft_OthersKeepTheirsAndTakeItsPartitionsAtOnce() =>
        Assert.Equal("c1: t-0 t-1 t-4 | c2: t-2 t-3 t-5", _assignor.AssignToText(new() { ["t"] = 6 }, Members(("c1", "t-0 t-1"), ("c2", "t-2 t-3"))));

    [Fact]
    public void Assign_StableGroup_NothingMoves()
    {
        var members = Members(("c1", "t-0 t-3 t-6"), ("c2", "t-1 t-4"), ("c3", "t-2 t-5"));

        Assert.Equal("c1: t-0 t-3 t-6 | c2: t-1 t-4 | c3: t-2 t-5", _assignor.AssignToText(new() { ["t"] = 7 }, members));
    }

    [Fact]
    public void Assign_SameInputInAnotherOrder_SameOutput()
    {
        var members = Members(("m3", "a-0 a-1 b-2"), ("m1", "a-2"), ("m2", ""), ("m4", "b-0 b-1 a-3"));
        var reordered = members.Reverse().ToDictionary();

        Assert.Equal(
            _assignor.AssignToText(new() { ["a"] = 5, ["b"] = 3 }, members),
            _assignor.AssignToText(new() { ["b"] = 3, ["a"] = 5 }, reordered));
    }

    [Fact]
    public void Assign_NoMembers_Empty() => Assert.Empty(_assignor.Assign(new Dictionary<string, int> { ["t"] = 3 }, new Dictionary<string, ConsumerSubscription>()));

    [Fact]
    public void SubscriptionUserData_IsTheGenerationBigEndian() => Assert.Equal([0, 0, 1, 2], _assignor.SubscriptionUserData(258));

    /// <summary>Members subscribed to every topic of the test ("a", "b", "t", "t0", "t1"), owning the given partitions in generation 1.</summary>
    private static Dictionary<string, ConsumerSubscription> Members(params (string Id, string Owned)[] members) =>
        members.ToDictionary(member => member.Id, member => Subscribe("a", "b", "t", "t0", "t1").Owning(1, member.Owned));
}
