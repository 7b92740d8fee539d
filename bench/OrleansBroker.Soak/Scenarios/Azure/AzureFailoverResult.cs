using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>What <see cref="AzureFailoverScenario"/> found over all its runs.</summary>
public sealed record AzureFailoverResult(IReadOnlyList<AzureFailoverRun> Runs)
{
    /// <summary>The README's Reliability row for fault case 2.</summary>
    public string Row => ReliabilityRow.Format(
        "3-silo failover on Azure storage (kill -9 of the busiest silo)",
        Runs.Count,
        Runs.Sum(run => run.Audit.Acknowledged),
        Runs.Sum(run => run.Audit.Found),
        Runs.Sum(run => run.Audit.Lost),
        Runs.Sum(run => run.Audit.Duplicated));

    /// <summary>The median over runs of each run's slowest partition; null when a run did not recover.</summary>
    public TimeSpan? MedianRecovery
    {
        get
        {
            if (Runs.Count == 0 || Runs.Any(run => run.MaxRecovery is null))
            {
                return null;
            }

            var sorted = Runs.Select(run => run.MaxRecovery!.Value).Order().ToList();
            return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
        }
    }

    /// <summary>True when every run's audit is clean, every partition recovered and the group skipped nothing.</summary>
    public bool IsClean => Runs.All(run => run.Audit.IsClean && run.MaxRecovery is not null && run.Unconsumed == 0);
}
