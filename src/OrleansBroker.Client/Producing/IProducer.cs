using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Sends records to topics. Records to one partition are batched (batch.size, linger.ms) and sent one batch at a
/// time, so they are stored in the order they were produced. Failures are <see cref="Records.BrokerException"/>s.
/// </summary>
public interface IProducer<TKey, TValue> : IAsyncDisposable
{
    /// <summary>Produces to a partition chosen by the partitioner; completes once the record is stored.</summary>
    Task<DeliveryResult<TKey, TValue>> ProduceAsync(string topic, Message<TKey, TValue> message, CancellationToken cancellationToken = default);

    /// <summary>Produces to the given partition; completes once the record is stored.</summary>
    Task<DeliveryResult<TKey, TValue>> ProduceAsync(TopicPartition partition, Message<TKey, TValue> message, CancellationToken cancellationToken = default);

    /// <summary>Fire and forget: queues the record and reports the outcome to <paramref name="deliveryHandler"/>.</summary>
    Task ProduceAsync(string topic, Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>> deliveryHandler, CancellationToken cancellationToken = default);

    /// <summary>Sends every queued record now and waits until all are acknowledged or failed.</summary>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
