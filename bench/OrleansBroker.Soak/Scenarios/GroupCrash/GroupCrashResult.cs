using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.GroupCrash;

/// <summary>Every run of <see cref="GroupCrashScenario"/>.</summary>
public sealed record GroupCrashResult(IReadOnlyList<GroupCrashRun> Runs)
{
    /// <summary>
    /// The README's Reliability row for fault case 6: records, records processed by A or B, records skipped, and as
    /// duplicated the records read again although committed (rereading what was processed after the last commit is
    /// at-least-once delivery, reported by each run instead).
    /// </summary>
    public string Row => ReliabilityRow.Format(
        "consumer-group crash",
        Runs.Count,
        Runs.Sum(run => run.Records),
        Runs.Sum(run => run.Covered),
        Runs.Sum(run => run.Skipped),
        Runs.Sum(run => run.ReadAgainBeforeCommit));

    /// <summary>True when every run is clean.</summary>
    public bool IsClean => Runs.All(run => run.IsClean);
}
