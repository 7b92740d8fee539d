namespace OrleansBroker.Testing.Processes;

/// <summary>Lines a process printed, collected as they arrive, that a test can wait on.</summary>
public sealed class OutputLines
{
    private readonly List<string> _lines = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Adds a line; null (end of stream) only wakes waiters.</summary>
    public void Add(string? line)
    {
        TaskCompletionSource changed;
        lock (_lines)
        {
            if (line is not null)
            {
                _lines.Add(line);
            }

            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>The lines so far.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (_lines)
        {
            return [.. _lines];
        }
    }

    /// <summary>Waits until some line matches; false when none does within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_lines)
            {
                if (_lines.Any(match))
                {
                    return true;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}
