using System.Diagnostics;

namespace OrleansBroker.Testing;

/// <summary>Polls for a condition that becomes true in the background (a retention pass, a fetcher catching up), with a deadline.</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Calls <paramref name="probe"/> until <paramref name="done"/> holds for its result, which is returned; fails naming <paramref name="what"/> at the deadline.</summary>
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > limit)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds:0.#} s waiting for {what}; last seen: {value}.");
            }

            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }
    }
}
