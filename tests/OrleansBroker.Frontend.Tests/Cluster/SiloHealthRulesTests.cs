using OrleansBroker.Frontend.Cluster;

namespace OrleansBroker.Frontend.Tests.Cluster;

/// <summary>
/// How a silo's health is derived: not active is unavailable, no statistics is unreachable, a fresh death vote is
/// suspected (an expired one no longer counts), load shedding is overloaded, and otherwise it is healthy.
/// </summary>
public sealed class SiloHealthRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan VoteExpiry = TimeSpan.FromMinutes(2);
    private static readonly SiloRuntime Answering = new(10, 5f, 100, 1000, 1, IsOverloaded: false);

    [Theory]
    [InlineData(SiloStatus.Joining)]
    [InlineData(SiloStatus.ShuttingDown)]
    [InlineData(SiloStatus.Stopping)]
    public void Assess_NotActive_IsUnavailable(SiloStatus status) =>
        Assert.Equal(SiloHealth.Unavailable, SiloHealthRules.Assess(Entry(status), Answering, Now, VoteExpiry));

    [Fact]
    public void Assess_ActiveWithoutStatistics_IsUnreachable() =>
        Assert.Equal(SiloHealth.Unreachable, SiloHealthRules.Assess(Entry(SiloStatus.Active), null, Now, VoteExpiry));

    [Fact]
    public void Assess_VotedDeadWithinTheExpiry_IsSuspected() =>
        Assert.Equal(SiloHealth.Suspected, SiloHealthRules.Assess(Entry(SiloStatus.Active, Now.AddSeconds(-30)), Answering, Now, VoteExpiry));

    [Fact]
    public void Assess_VoteOlderThanTheExpiry_IsHealthy() =>
        Assert.Equal(SiloHealth.Healthy, SiloHealthRules.Assess(Entry(SiloStatus.Active, Now.AddMinutes(-3)), Answering, Now, VoteExpiry));

    [Fact]
    public void Assess_SheddingLoad_IsOverloaded() =>
        Assert.Equal(SiloHealth.Overloaded, SiloHealthRules.Assess(Entry(SiloStatus.Active), Answering with { IsOverloaded = true }, Now, VoteExpiry));

    private static MembershipEntry Entry(SiloStatus status, params DateTime[] votes) => new()
    {
        SiloAddress = SiloAddress.FromParsableString("127.0.0.1:11111@1"),
        Status = status,
        SuspectTimes = [.. votes.Select(vote => Tuple.Create(SiloAddress.FromParsableString("127.0.0.1:11112@1"), vote))],
        HostName = "host",
        SiloName = "silo",
    };
}
