using System.Diagnostics;

namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>Runs an obk command again and again until its result is what the test waits for, or a deadline passes.</summary>
internal static class Poll
{
    /// <summary>How long a group may take to settle (join, assign, commit).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs <c>obk commandLine</c> until <paramref name="done"/> holds; fails the test with the last result when it never does.</summary>
    public static async Task<ObkResult> UntilAsync(string commandLine, Func<ObkResult, bool> done, string what)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var result = await Obk.RunAsync(commandLine);
            if (done(result))
            {
                return result;
            }

            if (waited.Elapsed > DefaultTimeout)
            {
                Assert.Fail($"Waited {DefaultTimeout} for {what}; last run of '{commandLine}': {result}");
            }

            await Task.Delay(Interval);
        }
    }
}
