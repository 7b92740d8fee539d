namespace OrleansBroker.Bench.Targets;

/// <summary>One consumer of a run.</summary>
internal interface IBenchConsumer : IAsyncDisposable
{
    /// <summary>Reads its partitions, adding every record to <paramref name="arrivals"/>, until all records of the run have arrived.</summary>
    Task ConsumeAsync(Arrivals arrivals);
}
