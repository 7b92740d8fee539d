using System.Globalization;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.KillSilo;

/// <summary>One kill of <see cref="KillSiloScenario"/>.</summary>
/// <param name="Run">The run's number, from 1.</param>
/// <param name="KilledAfter">Records acknowledged when the silo was killed.</param>
/// <param name="Failed">Records whose production failed (most while the silo was down).</param>
/// <param name="Restart">From the kill's end to the restarted silo's gateway answering.</param>
/// <param name="FirstAcknowledgement">From the gateway answering to the first acknowledgement of a record sent after the kill (<see cref="PartitionRecovery"/>, earliest partition); null when none was within the recovery timeout.</param>
/// <param name="Audit">What reading the run's topic back found.</param>
public sealed record KillSiloRun(int Run, long KilledAfter, long Failed, TimeSpan Restart, TimeSpan? FirstAcknowledgement, AuditResult Audit) : IFaultRun
{
    /// <summary>True when the producers recovered by themselves and every acknowledged record came back once, in order.</summary>
    public bool IsClean => FirstAcknowledgement is not null && Audit.IsClean;

    /// <inheritdoc />
    public ReliabilityCounts Counts => Audit.Counts;

    /// <inheritdoc />
    public override string ToString()
    {
        var recovery = FirstAcknowledgement is { } first
            ? string.Create(CultureInfo.InvariantCulture, $"first acknowledgement {first.TotalMilliseconds:N0} ms after restart")
            : "producers did NOT recover";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"run {Run}: killed after {KilledAfter:N0} acknowledged; failed {Failed:N0}; restart {Restart.TotalMilliseconds:N0} ms; {recovery}; {Audit}");
    }
}
