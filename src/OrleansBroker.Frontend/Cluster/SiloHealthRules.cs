namespace OrleansBroker.Frontend.Cluster;

/// <summary>Derives a <see cref="SiloHealth"/> from what the membership table and the silo itself report.</summary>
internal static class SiloHealthRules
{
    /// <summary>
    /// The health of the silo <paramref name="entry"/> describes. <paramref name="runtime"/> is null when the silo did not
    /// answer; suspicions older than <paramref name="voteExpiry"/> (Orleans' DeathVoteExpirationTimeout) no longer count.
    /// </summary>
    public static SiloHealth Assess(MembershipEntry entry, SiloRuntime? runtime, DateTime utcNow, TimeSpan voteExpiry)
    {
        if (entry.Status != SiloStatus.Active)
        {
            return SiloHealth.Unavailable;
        }

        if (runtime is null)
        {
            return SiloHealth.Unreachable;
        }

        if (entry.SuspectTimes?.Any(vote => utcNow - vote.Item2 < voteExpiry) == true)
        {
            return SiloHealth.Suspected;
        }

        return runtime.IsOverloaded ? SiloHealth.Overloaded : SiloHealth.Healthy;
    }
}
