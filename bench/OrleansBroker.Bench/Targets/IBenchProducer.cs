namespace OrleansBroker.Bench.Targets;

/// <summary>One producer of a run.</summary>
internal interface IBenchProducer : IAsyncDisposable
{
    /// <summary>Sends <paramref name="count"/> values made by <paramref name="value"/> (0 to count - 1) and waits until every one is acknowledged.</summary>
    Task ProduceAsync(int count, Func<long, byte[]> value);
}
