namespace OrleansBroker.Bench.Targets;

/// <summary>One producer of a run.</summary>
internal interface IBenchProducer : IAsyncDisposable
{
    /// <summary>
    /// Sends <paramref name="count"/> values made by <paramref name="value"/> (0 to count - 1) and waits until every one
    /// is acknowledged. <paramref name="value"/> is called just before each record's produce call, on the sending
    /// thread: the latency workload paces and time-stamps records in it.
    /// </summary>
    Task ProduceAsync(int count, Func<long, byte[]> value);
}
