using System.Diagnostics;

namespace OrleansBroker.Soak.Scenarios.KillSilo;

/// <summary>Measures how long after a moment (the restarted gateway answering) the first record is acknowledged again. Thread-safe.</summary>
internal sealed class RecoveryClock
{
    private TaskCompletionSource<TimeSpan>? _first;
    private long _since;

    /// <summary>Starts measuring now; the task completes with the time to the next acknowledgement.</summary>
    public Task<TimeSpan> Start()
    {
        var first = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _since, Stopwatch.GetTimestamp());
        Volatile.Write(ref _first, first);
        return first.Task;
    }

    /// <summary>Notes an acknowledgement.</summary>
    public void Acknowledged() => Volatile.Read(ref _first)?.TrySetResult(Stopwatch.GetElapsedTime(Volatile.Read(ref _since)));
}
