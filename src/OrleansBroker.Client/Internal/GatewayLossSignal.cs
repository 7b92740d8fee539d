namespace OrleansBroker.Client.Internal;

/// <summary>
/// Tells calls in flight that one of the client's gateway connections has closed (its silo died or left). Orleans
/// fails nothing when a gateway connection drops: a call sent through it waits out the 30 s response timeout. Kafka's
/// clients fail such a request as soon as the connection closes, and so do ours: a call that is safe to repeat (a fetch,
/// an idempotent append) stops waiting on <see cref="Token"/> and is sent again, through a gateway still connected. The
/// token is cancelled on every loss and replaced, so a call only sees losses that happened while it was in flight.
/// Thread-safe.
/// </summary>
internal sealed class GatewayLossSignal : IClusterConnectionStatusObserver
{
    /// <summary>How often a call is sent again after losing its gateway before the loss is the caller's.</summary>
    private const int MaxRepeats = 3;
    private CancellationTokenSource _current = new();

    /// <summary>Cancelled when a gateway connection closes after this was read.</summary>
    public CancellationToken Token => Volatile.Read(ref _current).Token;

    /// <summary>
    /// Runs <paramref name="call"/>, which must be safe to repeat, and sends it again (through a gateway still connected)
    /// when a gateway connection closes while it waits; after <see cref="MaxRepeats"/> losses the cancellation is thrown.
    /// Any other failure is the caller's, as is a call with no gateway left (Orleans fails that at once).
    /// </summary>
    public async Task<T> RepeatOnLossAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            var lost = Token;
            try
            {
                return await call().WaitAsync(lost);
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested && attempt < MaxRepeats)
            {
            }
        }
    }

    /// <inheritdoc />
    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (currentNumberOfGateways < previousNumberOfGateways)
        {
            Signal();
        }
    }

    /// <inheritdoc />
    public void NotifyClusterConnectionLost() => Signal();

    private void Signal()
    {
        var lost = Interlocked.Exchange(ref _current, new CancellationTokenSource());

        // Off Orleans' networking thread: the callers' continuations run on cancellation.
        _ = Task.Run(() =>
        {
            lost.Cancel();
            lost.Dispose();
        });
    }
}
