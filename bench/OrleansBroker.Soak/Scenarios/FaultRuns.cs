using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios;

/// <summary>Every run of a fault scenario: what its command prints and its test asserts.</summary>
/// <param name="FaultCase">The case's name in the README's Reliability table.</param>
/// <param name="Runs">Each run, in order.</param>
public sealed record FaultRuns<TRun>(string FaultCase, IReadOnlyList<TRun> Runs)
    where TRun : IFaultRun
{
    /// <summary>The README's Reliability row for <see cref="FaultCase"/>, over every run.</summary>
    public string Row => ReliabilityRow.Format(
        FaultCase,
        Runs.Count,
        Runs.Sum(run => run.Counts.Acknowledged),
        Runs.Sum(run => run.Counts.Found),
        Runs.Sum(run => run.Counts.Lost),
        Runs.Sum(run => run.Counts.Duplicated));

    /// <summary>True when every run is clean.</summary>
    public bool IsClean => Runs.All(run => run.IsClean);
}

/// <summary>Runs a fault scenario's runs one after another.</summary>
public static class FaultRuns
{
    /// <summary>Runs <paramref name="runOnce"/> for runs 1 to <paramref name="runs"/> in turn, handing each result to <paramref name="ended"/> (if any) as it comes.</summary>
    public static async Task<FaultRuns<TRun>> RunAsync<TRun>(string faultCase, int runs, Func<int, Task<TRun>> runOnce, Action<TRun>? ended = null)
        where TRun : IFaultRun
    {
        var results = new List<TRun>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await runOnce(run);
            ended?.Invoke(result);
            results.Add(result);
        }

        return new FaultRuns<TRun>(faultCase, results);
    }
}
