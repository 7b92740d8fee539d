using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>Completes a produced message's task, or calls its delivery handler, with a <see cref="DeliveryResult{TKey, TValue}"/>.</summary>
internal sealed class Delivery<TKey, TValue>(Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>>? handler) : RecordCompletion
{
    // Only awaited deliveries need a task; fire-and-forget ones report to their handler.
    private readonly TaskCompletionSource<DeliveryResult<TKey, TValue>>? _completion =
        handler is null ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    /// <summary>Completes when the record is stored; faults with <see cref="BrokerException"/> when it is not. Only for deliveries without a handler.</summary>
    public Task<DeliveryResult<TKey, TValue>> Task =>
        _completion?.Task ?? throw new InvalidOperationException("A delivery with a handler has no task.");

    public override void Delivered(string topic, int partition, long offset, long timestamp)
    {
        var result = new DeliveryResult<TKey, TValue> { Topic = topic, Partition = partition, Offset = offset, Timestamp = timestamp, Message = message };
        if (handler is null)
        {
            _completion!.TrySetResult(result);
        }
        else
        {
            handler(new DeliveryReport<TKey, TValue>(result, null));
        }
    }

    public override void Failed(BrokerException error)
    {
        if (handler is null)
        {
            _completion!.TrySetException(error);
        }
        else
        {
            handler(new DeliveryReport<TKey, TValue>(null, error));
        }
    }
}
