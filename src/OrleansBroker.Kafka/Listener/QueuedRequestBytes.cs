namespace OrleansBroker.Kafka.Listener;

/// <summary>
/// Kafka's queued.max.request.bytes, shared by every connection of a listener: the bytes of requests received but not
/// yet handled, counted as they arrive (so a client that announces a large request and stalls holds only what it sent).
/// Before it starts reading a request, a connection waits while the bytes held are at or above the limit; it does not
/// read its socket meanwhile, so TCP slows its client down. A request begun below the limit is read to its end, so the
/// limit is exceeded by at most the rest of one request (and one socket read) per connection admitted at that moment,
/// and no two half-read requests can wait on each other.
/// </summary>
internal sealed class QueuedRequestBytes(long limit)
{
    private readonly object _lock = new();
    private TaskCompletionSource _belowLimit = Signal();
    private long _held;

    /// <summary>The bytes of requests received and not yet handled.</summary>
    public long Held => Volatile.Read(ref _held);

    /// <summary>Completes once the bytes held are below the limit.</summary>
    public Task WaitBelowLimitAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _held < limit ? Task.CompletedTask : _belowLimit.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Counts <paramref name="bytes"/> more received.</summary>
    public void Add(long bytes)
    {
        lock (_lock)
        {
            Volatile.Write(ref _held, _held + bytes);
        }
    }

    /// <summary>Gives back bytes of requests handled (or dropped), letting waiting connections read on.</summary>
    public void Release(long bytes)
    {
        lock (_lock)
        {
            Volatile.Write(ref _held, _held - bytes);
            if (_held < limit && _belowLimit.TrySetResult())
            {
                _belowLimit = Signal();
            }
        }
    }

    private static TaskCompletionSource Signal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
