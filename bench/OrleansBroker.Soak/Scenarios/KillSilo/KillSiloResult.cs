using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.KillSilo;

/// <summary>Every run of <see cref="KillSiloScenario"/>.</summary>
public sealed record KillSiloResult(IReadOnlyList<KillSiloRun> Runs)
{
    /// <summary>The README's Reliability row for fault case 1.</summary>
    public string Row => ReliabilityRow.Format(
        "kill -9 of a single silo mid-produce",
        Runs.Count,
        Runs.Sum(run => run.Audit.Acknowledged),
        Runs.Sum(run => run.Audit.Found),
        Runs.Sum(run => run.Audit.Lost),
        Runs.Sum(run => run.Audit.Duplicated));

    /// <summary>True when every run is clean.</summary>
    public bool IsClean => Runs.All(run => run.IsClean);
}
