namespace OrleansBroker.Client.Producing;

/// <summary>
/// Bounds the bytes of records waiting to be sent (buffer.memory). Takers wait, in order, until enough is released;
/// a single record larger than the whole capacity is let through when nothing else is held, so it cannot wait forever.
/// </summary>
internal sealed class BufferGate(long capacity)
{
    private readonly object _lock = new();
    private readonly Queue<(long Bytes, TaskCompletionSource Grant)> _waiters = new();
    private long _used;

    /// <summary>Takes <paramref name="bytes"/> now if they fit and nobody is waiting; false otherwise.</summary>
    public bool TryTake(long bytes)
    {
        lock (_lock)
        {
            if (_waiters.Count > 0 || !Fits(bytes))
            {
                return false;
            }

            _used += bytes;
            return true;
        }
    }

    /// <summary>Waits until <paramref name="bytes"/> can be taken, then takes them.</summary>
    public Task TakeAsync(long bytes)
    {
        TaskCompletionSource grant;
        lock (_lock)
        {
            if (_waiters.Count == 0 && Fits(bytes))
            {
                _used += bytes;
                return Task.CompletedTask;
            }

            grant = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue((bytes, grant));
        }

        return grant.Task;
    }

    /// <summary>Gives back bytes whose records were sent (or failed), letting waiters in.</summary>
    public void Release(long bytes)
    {
        lock (_lock)
        {
            _used -= bytes;
            while (_waiters.TryPeek(out var waiter) && Fits(waiter.Bytes))
            {
                _waiters.Dequeue();
                _used += waiter.Bytes;
                waiter.Grant.SetResult();
            }
        }
    }

    private bool Fits(long bytes) => _used == 0 || _used + bytes <= capacity;
}
