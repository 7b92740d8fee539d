using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>One kill of <see cref="AzureFailoverScenario"/>.</summary>
/// <param name="Audit">The topic read back against what was acknowledged.</param>
/// <param name="KilledPartitions">Partitions the killed silo hosted.</param>
/// <param name="Recovery">Each partition's time from the kill to its first acknowledgement of a record sent after it; null if it did not recover.</param>
/// <param name="ProducerFailures">Records whose production failed (not acknowledged, so not promised).</param>
/// <param name="ProducerErrors">The distinct errors those producers got.</param>
/// <param name="ConsumerErrors">Errors the group's consumers got and carried on after.</param>
/// <param name="Unconsumed">Acknowledged records the group had not been given when it stopped: skipped.</param>
public sealed record AzureFailoverRun(
    AuditResult Audit, int KilledPartitions, IReadOnlyList<TimeSpan?> Recovery, long ProducerFailures, IReadOnlyList<string> ProducerErrors, long ConsumerErrors, int Unconsumed) : IFaultRun
{
    /// <summary>The slowest partition's recovery; null when one never recovered.</summary>
    public TimeSpan? MaxRecovery => Recovery.Any(time => time is null) ? null : Recovery.Max();

    /// <summary>True when the audit is clean, every partition recovered and the group skipped nothing.</summary>
    public bool IsClean => Audit.IsClean && MaxRecovery is not null && Unconsumed == 0;

    /// <inheritdoc />
    public ReliabilityCounts Counts => Audit.Counts;
}
