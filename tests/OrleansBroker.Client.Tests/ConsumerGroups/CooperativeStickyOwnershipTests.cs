using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using static OrleansBroker.Client.Tests.ConsumerGroups.GroupScenario;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>
/// CooperativeStickyAssignor when claims conflict or subscriptions differ: the higher generation keeps a partition
/// claimed twice, equal generations both lose it until the next rebalance, the generation may come from user data
/// (subscriptions below version 2), and members with different subscriptions are balanced over the topics they can
/// take, a dropped topic's partitions being revoked before they move. Every expected value is what Kafka's
/// CooperativeStickyAssignor (apache/kafka@1eb7644) returns for the same input.
/// </summary>
public sealed class CooperativeStickyOwnershipTests
{
    private static readonly Dictionary<string, int> FourPartitions = new() { ["t"] = 4 };

    private readonly CooperativeStickyAssignor _assignor = new();

    [Fact]
    public void Assign_PartitionClaimedByTwoGenerations_TheHigherKeepsIt() =>
        Assert.Equal(
            "c1: t-0 t-1 | c2: t-2 | c3: t-3",
            _assignor.AssignToText(FourPartitions, new()
            {
                ["c1"] = Subscribe("t").Owning(5, "t-0 t-1"),
                ["c2"] = Subscribe("t").Owning(4, "t-1 t-2"),
                ["c3"] = Subscribe("t").Owning(5, "t-3"),
            }));

    [Fact]
    public void Assign_PartitionClaimedTwiceInOneGeneration_NobodyHasItUntilTheNextRound()
    {
        var members = new Dictionary<string, ConsumerSubscription>
        {
            ["c1"] = Subscribe("t").Owning(5, "t-0 t-1"),
            ["c2"] = Subscribe("t").Owning(5, "t-1 t-2"),
            ["c3"] = Subscribe("t").Owning(5, "t-3"),
        };

        var (first, second) = _assignor.TwoRounds(FourPartitions, members, nextGeneration: 6);

        Assert.Equal("c1: t-0 | c2: t-2 | c3: t-3", first);
        Assert.Equal("c1: t-0 t-1 | c2: t-2 | c3: t-3", second);
    }

    [Fact]
    public void Assign_GenerationOnlyInUserData_UsedLikeTheVersion2Field()
    {
        var userData = (ConsumerSubscription member, int generation) =>
            member with { GenerationId = ConsumerSubscription.NoGeneration, UserData = _assignor.SubscriptionUserData(generation) };

        Assert.Equal(
            "c1: t-0 t-1 | c2: t-2 | c3: t-3",
            _assignor.AssignToText(FourPartitions, new()
            {
                ["c1"] = userData(Subscribe("t").Owning(0, "t-0 t-1"), 5),
                ["c2"] = userData(Subscribe("t").Owning(0, "t-1 t-2"), 4),
                ["c3"] = userData(Subscribe("t").Owning(0, "t-3"), 5),
            }));
    }

    [Fact]
    public void Assign_DifferentSubscriptionsFresh_BalancedOverWhatEachCanTake() =>
        Assert.Equal(
            "c1: t1-1 t1-3 | c2: t1-0 t1-2 | c3: t0-0 t0-1",
            _assignor.AssignToText(new() { ["t0"] = 2, ["t1"] = 4 }, new() { ["c1"] = Subscribe("t0", "t1"), ["c2"] = Subscribe("t1"), ["c3"] = Subscribe("t0") }));

    [Fact]
    public void Assign_JoinerWithDifferentSubscription_GetsRevokedPartitionNextRound()
    {
        var partitions = new Dictionary<string, int> { ["t0"] = 2, ["t1"] = 4 };
        var members = new Dictionary<string, ConsumerSubscription>
        {
            ["c1"] = Subscribe("t0", "t1").Owning(1, "t1-1 t1-3"),
            ["c2"] = Subscribe("t1").Owning(1, "t1-0 t1-2"),
            ["c3"] = Subscribe("t0").Owning(1, "t0-0 t0-1"),
            ["c4"] = Subscribe("t1"),
        };

        var (first, second) = _assignor.TwoRounds(partitions, members, nextGeneration: 2);

        Assert.Equal("c1: t1-1 t1-3 | c2: t1-2 | c3: t0-0 t0-1 | c4:", first);
        Assert.Equal("c1: t1-1 t1-3 | c2: t1-2 | c3: t0-0 t0-1 | c4: t1-0", second);
    }

    [Fact]
    public void Assign_MemberDropsATopic_ItsPartitionsAreRevokedThenMoved()
    {
        var partitions = new Dictionary<string, int> { ["t0"] = 3, ["t1"] = 3 };
        var members = new Dictionary<string, ConsumerSubscription>
        {
            ["c1"] = Subscribe("t0").Owning(4, "t0-0 t0-1 t1-0 t1-1"),
            ["c2"] = Subscribe("t0", "t1").Owning(4, "t0-2 t1-2"),
        };

        var (first, second) = _assignor.TwoRounds(partitions, members, nextGeneration: 5);

        Assert.Equal("c1: t0-0 t0-1 | c2: t1-2", first);
        Assert.Equal("c1: t0-0 t0-1 t0-2 | c2: t1-0 t1-1 t1-2", second);
    }

    [Fact]
    public void Assign_PartitionsThatNoLongerExist_AreNotKept() =>
        Assert.Equal("c1: t-0 t-1 | c2: t-2 t-3", _assignor.AssignToText(FourPartitions, new()
        {
            ["c1"] = Subscribe("t").Owning(2, "t-0 t-1 t-7 gone-0"),
            ["c2"] = Subscribe("t").Owning(2, "t-2 t-3"),
        }));
}
