namespace OrleansBroker.Bench.Targets;

/// <summary>
/// A product measured by the throughput workloads: it makes a topic of some partitions, and producers and consumers for
/// it. Opening them is not timed; producing and consuming are.
/// </summary>
internal interface IBenchTarget : IAsyncDisposable
{
    /// <summary>The name in the results table.</summary>
    string Name { get; }

    /// <summary>Creates <paramref name="topic"/> with <paramref name="partitions"/> partitions (or the product's equivalent).</summary>
    Task CreateTopicAsync(string topic, int partitions);

    /// <summary>Deletes the topic, so that a run's data does not weigh on the next.</summary>
    Task DeleteTopicAsync(string topic);

    /// <summary>A producer with its own connection, sending keyless records spread over the topic's partitions.</summary>
    Task<IBenchProducer> OpenProducerAsync(string topic, int partitions);

    /// <summary>A consumer with its own connection, reading <paramref name="partitions"/> from the start.</summary>
    Task<IBenchConsumer> OpenConsumerAsync(string topic, IReadOnlyList<int> partitions);
}
