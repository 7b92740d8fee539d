using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Grains.Tests.ConsumerGroups;

/// <summary>
/// Verifies the timeouts and fencing of the classic group protocol on a fake clock: a silent member is removed after
/// its session timeout, a member that does not rejoin is dropped at the rebalance timeout, stale generations and
/// unknown members are refused, and a restarted static member fences its old incarnation.
/// </summary>
public sealed class GroupMembershipTimeoutTests
{
    [Fact]
    public async Task SilentMember_RemovedAfterSessionTimeout_OthersRebalance()
    {
        var driver = new MembershipDriver();
        var joined = await driver.FormGroupAsync("a", "b");
        await driver.SyncAllAsync(joined);

        for (var elapsed = 0; elapsed <= MembershipDriver.SessionTimeoutMs; elapsed += 2000)
        {
            Assert.NotEqual(ErrorCode.UnknownMemberId, driver.Membership.Heartbeat(joined[1].MemberId, null, 1));
            driver.Advance(2000);
        }

        Assert.Equal(GroupState.PreparingRebalance, driver.Membership.State);
        Assert.Equal([joined[1].MemberId], driver.Membership.Members.Select(member => member.MemberId));
        Assert.Equal(ErrorCode.UnknownMemberId, driver.Membership.Heartbeat(joined[0].MemberId, null, 1));
    }

    [Fact]
    public async Task MemberNotRejoining_DroppedAtRebalanceTimeout_OthersProceed()
    {
        var driver = new MembershipDriver();
        var joined = await driver.FormGroupAsync("a", "b");
        await driver.SyncAllAsync(joined);

        var rejoin = driver.Membership.JoinAsync(MembershipDriver.Join(joined[0].MemberId, "a", "roundrobin", "range"));
        for (var elapsed = 0; elapsed < MembershipDriver.RebalanceTimeoutMs; elapsed += 5000)
        {
            Assert.False(rejoin.IsCompleted);
            driver.Membership.Heartbeat(joined[1].MemberId, null, 1);
            driver.Advance(5000);
        }

        var answer = await rejoin.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal((ErrorCode.None, 2, joined[0].MemberId), (answer.Error, answer.GenerationId, answer.LeaderId));
        Assert.Single(driver.Membership.Members);
    }

    [Fact]
    public async Task Heartbeat_StaleGenerationOrUnknownMember_Refused()
    {
        var driver = new MembershipDriver();
        var joined = await driver.FormGroupAsync("a");
        await driver.SyncAllAsync(joined);

        Assert.Equal(ErrorCode.None, driver.Membership.Heartbeat(joined[0].MemberId, null, 1));
        Assert.Equal(ErrorCode.IllegalGeneration, driver.Membership.Heartbeat(joined[0].MemberId, null, 0));
        Assert.Equal(ErrorCode.UnknownMemberId, driver.Membership.Heartbeat("nobody", null, 1));
    }

    [Fact]
    public async Task CommitCheck_FencedByMemberGenerationAndState()
    {
        var driver = new MembershipDriver();
        Assert.Equal(ErrorCode.None, driver.Membership.CheckCommit("", null, -1));
        var joined = await driver.FormGroupAsync("a");

        Assert.Equal(ErrorCode.RebalanceInProgress, driver.Membership.CheckCommit(joined[0].MemberId, null, 1));
        await driver.SyncAllAsync(joined);
        Assert.Equal(ErrorCode.None, driver.Membership.CheckCommit(joined[0].MemberId, null, 1));
        Assert.Equal(ErrorCode.IllegalGeneration, driver.Membership.CheckCommit(joined[0].MemberId, null, 0));
        Assert.Equal(ErrorCode.UnknownMemberId, driver.Membership.CheckCommit("nobody", null, 1));
        Assert.Equal(ErrorCode.NonEmptyGroup, driver.Membership.CheckCommit("", null, -1));
        _ = driver.Membership.JoinAsync(MembershipDriver.Join(client: "b"));
        Assert.Equal(GroupState.PreparingRebalance, driver.Membership.State);
        Assert.Equal(ErrorCode.None, driver.Membership.CheckCommit(joined[0].MemberId, null, 1));
    }

    [Fact]
    public async Task StaticMemberRestarts_OldIncarnationFenced()
    {
        var driver = new MembershipDriver();
        var old = driver.Membership.JoinAsync(MembershipDriver.Join(client: "a") with { GroupInstanceId = "instance-1" });
        driver.Advance(MembershipDriver.InitialDelayMs);
        var first = await old;

        var replacement = driver.Membership.JoinAsync(MembershipDriver.Join(client: "a") with { GroupInstanceId = "instance-1" });
        driver.Advance(MembershipDriver.InitialDelayMs);

        Assert.Equal(ErrorCode.FencedInstanceId, driver.Membership.Heartbeat(first.MemberId, "instance-1", first.GenerationId));
        Assert.NotEqual(first.MemberId, (await replacement).MemberId);
        Assert.Single(driver.Membership.Members);
    }
}
