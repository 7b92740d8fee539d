using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>
/// Walkthrough section 6 without a broker: three consumers in one group on a 3-partition topic each get one partition
/// from every built-in assignor, and the keyless records a..g (round-robin over partitions 0, 1, 2) reach them as
/// "a d g", "b e" and "c f".
/// </summary>
public sealed class GroupWalkthroughTests
{
    public static TheoryData<string> Assignors => [.. PartitionAssignors.All.Select(assignor => assignor.Name)];

    [Theory]
    [MemberData(nameof(Assignors))]
    public void Assign_ThreeConsumersThreePartitions_OnePartitionEach(string name)
    {
        var members = new Dictionary<string, ConsumerSubscription>
        {
            ["consumer-1"] = GroupScenario.Subscribe("test-topic"),
            ["consumer-2"] = GroupScenario.Subscribe("test-topic"),
            ["consumer-3"] = GroupScenario.Subscribe("test-topic"),
        };

        var assignment = PartitionAssignors.Find(name)!.Assign(new Dictionary<string, int> { ["test-topic"] = 3 }, members);

        Assert.Equal("consumer-1: test-topic-0 | consumer-2: test-topic-1 | consumer-3: test-topic-2", GroupScenario.Format(assignment));
        var partitioner = new KeylessPartitioner();
        var printed = "abcdefg".GroupBy(_ => partitioner.RoundRobin(3))
            .ToDictionary(records => assignment.Single(pair => pair.Value.Single().Partition == records.Key).Key, records => string.Join(' ', records));
        Assert.Equal("a d g", printed["consumer-1"]);
        Assert.Equal("b e", printed["consumer-2"]);
        Assert.Equal("c f", printed["consumer-3"]);
    }

    [Fact]
    public void Find_KafkasProtocolNames_ReturnsTheAssignor()
    {
        Assert.IsType<RangeAssignor>(PartitionAssignors.Find("range"));
        Assert.IsType<RoundRobinAssignor>(PartitionAssignors.Find("roundrobin"));
        Assert.IsType<CooperativeStickyAssignor>(PartitionAssignors.Find("cooperative-sticky"));
        Assert.Null(PartitionAssignors.Find("sticky"));
    }

    [Fact]
    public void SupportedProtocols_OnlyCooperativeStickyIsCooperative()
    {
        Assert.Equal([RebalanceProtocol.Eager], new RangeAssignor().SupportedProtocols);
        Assert.Equal([RebalanceProtocol.Eager], new RoundRobinAssignor().SupportedProtocols);
        Assert.Equal([RebalanceProtocol.Cooperative, RebalanceProtocol.Eager], new CooperativeStickyAssignor().SupportedProtocols);
        Assert.Null(((IPartitionAssignor)new RangeAssignor()).SubscriptionUserData(5));
    }
}
