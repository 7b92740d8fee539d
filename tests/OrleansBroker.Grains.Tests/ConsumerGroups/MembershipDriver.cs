using System.Text;
using Microsoft.Extensions.Time.Testing;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Grains.ConsumerGroups.Membership;

namespace OrleansBroker.Grains.Tests.ConsumerGroups;

/// <summary>A <see cref="GroupMembership"/> on a fake clock, with helpers that join, sync and advance time.</summary>
internal sealed class MembershipDriver
{
    public const int InitialDelayMs = 3000;
    public const int SessionTimeoutMs = 10_000;
    public const int RebalanceTimeoutMs = 30_000;

    public MembershipDriver()
    {
        Membership = new GroupMembership(new GroupMembershipOptions(InitialDelayMs, 1000, 60_000), Clock);
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UnixEpoch.AddDays(20_000));

    public GroupMembership Membership { get; }

    public static JoinGroupRequest Join(string memberId = "", string client = "c", params string[] protocols) => new()
    {
        MemberId = memberId,
        ClientId = client,
        SessionTimeoutMs = SessionTimeoutMs,
        RebalanceTimeoutMs = RebalanceTimeoutMs,
        Protocols = [.. (protocols.Length == 0 ? ["range"] : protocols).Select(name => new GroupProtocol(name, Encoding.UTF8.GetBytes($"{client}:{name}")))],
    };

    /// <summary>Moves the clock and lets the membership act on it.</summary>
    public void Advance(int milliseconds)
    {
        Clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
        Membership.Tick();
    }

    /// <summary>Joins the given clients to an empty group and waits out the initial delay: the group's first generation.</summary>
    public async Task<JoinGroupResponse[]> FormGroupAsync(params string[] clients)
    {
        var joins = clients.Select(client => Membership.JoinAsync(Join(client: client))).ToArray();
        Advance(InitialDelayMs);
        return await Task.WhenAll(joins).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    /// <summary>Syncs every member (leader last), the leader assigning each member its client id as bytes.</summary>
    public async Task<SyncGroupResponse[]> SyncAllAsync(JoinGroupResponse[] joined)
    {
        var leader = joined.Single(join => join.MemberId == join.LeaderId);
        var followers = joined.Where(join => join != leader)
            .Select(join => Membership.SyncAsync(new SyncGroupRequest { MemberId = join.MemberId, GenerationId = join.GenerationId }))
            .ToList();
        var assignments = joined.ToDictionary(join => join.MemberId, join => Encoding.UTF8.GetBytes($"assigned:{join.MemberId}"));
        var leaderSync = Membership.SyncAsync(new SyncGroupRequest { MemberId = leader.MemberId, GenerationId = leader.GenerationId, Assignments = assignments });
        return await Task.WhenAll([.. followers, leaderSync]).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
