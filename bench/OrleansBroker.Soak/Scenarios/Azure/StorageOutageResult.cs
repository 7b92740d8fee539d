using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>What <see cref="StorageOutageScenario"/> found over all its runs.</summary>
public sealed record StorageOutageResult(IReadOnlyList<StorageOutageRun> Runs)
{
    /// <summary>The README's Reliability row for fault case 3.</summary>
    public string Row => ReliabilityRow.Format(
        "storage emulator stopped 10 s mid-produce",
        Runs.Count,
        Runs.Sum(run => run.Audit.Acknowledged),
        Runs.Sum(run => run.Audit.Found),
        Runs.Sum(run => run.Audit.Lost),
        Runs.Sum(run => run.Audit.Duplicated));

    /// <summary>True when every run is clean.</summary>
    public bool IsClean => Runs.All(run => run.IsClean);
}
