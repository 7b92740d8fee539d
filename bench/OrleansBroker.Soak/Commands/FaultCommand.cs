using System.CommandLine;
using System.Diagnostics;
using OrleansBroker.Soak.Scenarios;

namespace OrleansBroker.Soak.Commands;

/// <summary>What every fault command does around its scenario, so they all print and exit alike.</summary>
internal static class FaultCommand
{
    /// <summary>
    /// Prints the command's options, runs <paramref name="scenario"/> (its progress going to the command's output) and
    /// prints how long it took, whether it was clean, <paramref name="summary"/> if any and the Reliability row;
    /// returns the exit code: 1 unless every run was clean.
    /// </summary>
    public static async Task<int> RunAsync<TRun>(
        ParseResult parseResult, object options, Func<TextWriter, Task<FaultRuns<TRun>>> scenario, Func<FaultRuns<TRun>, string>? summary = null)
        where TRun : IFaultRun
    {
        var output = parseResult.InvocationConfiguration.Output;
        await output.WriteLineAsync($"{parseResult.CommandResult.Command.Name}: {options}");
        var elapsed = Stopwatch.StartNew();
        var result = await scenario(output);
        await output.WriteLineAsync($"{result.Runs.Count} runs in {elapsed.Elapsed.TotalSeconds:N1} s; {(result.IsClean ? "clean" : "NOT CLEAN")}");
        if (summary is not null)
        {
            await output.WriteLineAsync(summary(result));
        }

        await output.WriteLineAsync(result.Row);
        return result.IsClean ? 0 : 1;
    }
}
