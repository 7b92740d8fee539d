namespace OrleansBroker.Client.Producing;

/// <summary>
/// Bounds the bytes of records waiting to be sent (buffer.memory). Takers wait, in order, until enough is released;
/// a single record larger than the whole capacity is let through when nothing else is held, so it cannot wait forever.
/// A taker waits at most as long as it says (max.block.ms).
/// </summary>
internal sealed class BufferGate(long capacity)
{
    private readonly object _lock = new();
    private readonly LinkedList<(long Bytes, TaskCompletionSource Grant)> _waiters = new();
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

    /// <summary>
    /// Waits up to <paramref name="maxWait"/> until <paramref name="bytes"/> can be taken, then takes them; false, having
    /// taken nothing and left the queue, when the time passes first.
    /// </summary>
    public async Task<bool> TakeAsync(long bytes, TimeSpan maxWait)
    {
        LinkedListNode<(long Bytes, TaskCompletionSource Grant)> waiter;
        lock (_lock)
        {
            if (_waiters.Count == 0 && Fits(bytes))
            {
                _used += bytes;
                return true;
            }

            waiter = _waiters.AddLast((bytes, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
        }

        await waiter.Value.Grant.Task.WaitAsync(maxWait).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (_lock)
        {
            if (waiter.Value.Grant.Task.IsCompleted)
            {
                return true;
            }

            // Leaving may let in the smaller takers that queued behind this one.
            _waiters.Remove(waiter);
            GrantWaiters();
            return false;
        }
    }

    /// <summary>Gives back bytes whose records were sent (or failed), letting waiters in.</summary>
    public void Release(long bytes)
    {
        lock (_lock)
        {
            _used -= bytes;
            GrantWaiters();
        }
    }

    private void GrantWaiters()
    {
        while (_waiters.First is { } first && Fits(first.Value.Bytes))
        {
            _waiters.RemoveFirst();
            _used += first.Value.Bytes;
            first.Value.Grant.SetResult();
        }
    }

    private bool Fits(long bytes) => _used == 0 || _used + bytes <= capacity;
}
