using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>One outage of <see cref="StorageOutageScenario"/>.</summary>
/// <param name="Audit">The topic read back, through a silo started afresh on the same storage, against what was acknowledged.</param>
/// <param name="Resume">Each partition's time from storage's return to its first acknowledgement of a record sent after it; null if it did not resume.</param>
/// <param name="ProducerFailures">Records whose production failed (within their delivery timeout).</param>
/// <param name="ProducerErrors">The distinct errors those producers got.</param>
/// <param name="SiloSurvived">True when the silo was still running after the outage.</param>
public sealed record StorageOutageRun(AuditResult Audit, IReadOnlyList<TimeSpan?> Resume, long ProducerFailures, IReadOnlyList<string> ProducerErrors, bool SiloSurvived) : IFaultRun
{
    /// <summary>True when the audit is clean, every partition resumed by itself and the silo did not crash.</summary>
    public bool IsClean => Audit.IsClean && SiloSurvived && Resume.All(time => time is not null);

    /// <inheritdoc />
    public ReliabilityCounts Counts => Audit.Counts;
}
