using System.Text;
using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Grains.Tests.ConsumerGroups;

/// <summary>
/// Verifies the classic group protocol's rebalance on a fake clock: a new group waits the initial delay, every member
/// gets the same generation and leader, only the leader sees the members, followers wait for the leader's
/// assignment, and a leave or rejoin starts the next generation.
/// </summary>
public sealed class GroupMembershipRebalanceTests
{
    [Fact]
    public async Task Join_NewGroup_WaitsInitialDelayThenOneGenerationForAll()
    {
        var driver = new MembershipDriver();
        var joins = new[] { "a", "b", "c" }.Select(client => driver.Membership.JoinAsync(MembershipDriver.Join(client: client))).ToArray();

        driver.Advance(MembershipDriver.InitialDelayMs - 1);
        Assert.All(joins, join => Assert.False(join.IsCompleted));
        driver.Advance(1);
        var joined = await Task.WhenAll(joins);

        Assert.All(joined, join => Assert.Equal((ErrorCode.None, 1, "range"), (join.Error, join.GenerationId, join.ProtocolName)));
        Assert.Single(joined.Select(join => join.LeaderId).Distinct());
        var leader = joined.Single(join => join.MemberId == join.LeaderId);
        Assert.Equal(joined.Select(join => join.MemberId).Order(), leader.Members.Select(member => member.MemberId).Order());
        Assert.All(joined.Where(join => join != leader), follower => Assert.Empty(follower.Members));
        Assert.Equal(GroupState.CompletingRebalance, driver.Membership.State);
    }

    [Fact]
    public async Task Sync_FollowersWaitForLeader_EachGetsItsOwnAssignment()
    {
        var driver = new MembershipDriver();
        var joined = await driver.FormGroupAsync("a", "b");

        var synced = await driver.SyncAllAsync(joined);

        Assert.Equal(GroupState.Stable, driver.Membership.State);
        Assert.Equal(
            joined.Select(join => $"assigned:{join.MemberId}").Order(),
            synced.Select(sync => Encoding.UTF8.GetString(sync.Assignment)).Order());
    }

    [Fact]
    public async Task Leave_OthersToldToRejoin_NextGenerationWithoutLeaver()
    {
        var driver = new MembershipDriver();
        var joined = await driver.FormGroupAsync("a", "b", "c");
        await driver.SyncAllAsync(joined);

        Assert.Equal(ErrorCode.None, driver.Membership.Leave(joined[0].MemberId, null));
        Assert.Equal(ErrorCode.RebalanceInProgress, driver.Membership.Heartbeat(joined[1].MemberId, null, 1));
        var rejoined = await Task.WhenAll(joined[1..].Select(join => driver.Membership.JoinAsync(MembershipDriver.Join(join.MemberId, "x"))));

        Assert.All(rejoined, join => Assert.Equal(2, join.GenerationId));
        Assert.Equal(2, driver.Membership.Members.Count);
        Assert.Equal(ErrorCode.UnknownMemberId, driver.Membership.Heartbeat(joined[0].MemberId, null, 2));
    }

    [Fact]
    public async Task LastMemberLeaves_GroupEmptyAndGenerationBumped()
    {
        var driver = new MembershipDriver();
        var joined = await driver.FormGroupAsync("a");
        await driver.SyncAllAsync(joined);

        driver.Membership.Leave(joined[0].MemberId, null);

        Assert.Equal((GroupState.Empty, 2), (driver.Membership.State, driver.Membership.GenerationId));
    }

    [Fact]
    public async Task Join_MemberIdRequired_RejoinWithGivenIdIsAdmitted()
    {
        var driver = new MembershipDriver();

        var first = await driver.Membership.JoinAsync(MembershipDriver.Join(client: "kafka") with { RequireKnownMemberId = true });
        var second = driver.Membership.JoinAsync(MembershipDriver.Join(first.MemberId, "kafka"));
        driver.Advance(MembershipDriver.InitialDelayMs);

        Assert.Equal(ErrorCode.MemberIdRequired, first.Error);
        Assert.StartsWith("kafka-", first.MemberId, StringComparison.Ordinal);
        Assert.Equal((ErrorCode.None, first.MemberId, 1), ((await second).Error, (await second).MemberId, (await second).GenerationId));
    }

    [Fact]
    public async Task Join_ProtocolVote_ChoosesTheOneMostMembersPrefer()
    {
        var driver = new MembershipDriver();
        var joins = new[]
        {
            driver.Membership.JoinAsync(MembershipDriver.Join(client: "a", protocols: ["range", "roundrobin"])),
            driver.Membership.JoinAsync(MembershipDriver.Join(client: "b", protocols: ["roundrobin", "range"])),
            driver.Membership.JoinAsync(MembershipDriver.Join(client: "c", protocols: ["roundrobin", "range"])),
        };
        driver.Advance(MembershipDriver.InitialDelayMs);

        Assert.All(await Task.WhenAll(joins), join => Assert.Equal("roundrobin", join.ProtocolName));
    }

    [Fact]
    public async Task Join_NoCommonProtocol_InconsistentGroupProtocol()
    {
        var driver = new MembershipDriver();
        _ = driver.Membership.JoinAsync(MembershipDriver.Join(client: "a", protocols: ["range"]));

        var refused = await driver.Membership.JoinAsync(MembershipDriver.Join(client: "b", protocols: ["roundrobin"]));

        Assert.Equal(ErrorCode.InconsistentGroupProtocol, refused.Error);
    }
}
