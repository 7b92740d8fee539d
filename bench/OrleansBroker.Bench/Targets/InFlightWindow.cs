namespace OrleansBroker.Bench.Targets;

/// <summary>
/// Bounds the acknowledgements a peer's producer waits for at once (pipelined sends, as its users write them): once
/// the window is full, the oldest send must be acknowledged before the next goes out.
/// </summary>
internal sealed class InFlightWindow
{
    /// <summary>Sends in flight per producer.</summary>
    public const int Size = 4096;

    private readonly Task?[] _sends = new Task?[Size];
    private long _sent;

    /// <summary>Waits for the oldest send if the window is full, then starts the next with <paramref name="send"/>.</summary>
    public async ValueTask AddAsync(Func<Task> send)
    {
        var slot = (int)(_sent++ % Size);
        if (_sends[slot] is { } oldest)
        {
            await oldest;
        }

        _sends[slot] = send();
    }

    /// <summary>Waits until every send is acknowledged.</summary>
    public Task DrainAsync() => Task.WhenAll(_sends.OfType<Task>());
}
