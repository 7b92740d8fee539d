using Confluent.Kafka;

namespace OrleansBroker.Bench.Targets;

/// <summary>A librdkafka producer: Produce() queues, and when its queue is full the loop serves delivery reports and retries.</summary>
internal sealed class ConfluentProducer(IProducer<Null, byte[]> producer, string topic) : IBenchProducer
{
    private int _failures;

    public Task ProduceAsync(int count, Func<long, byte[]> value) => Task.Run(() => Produce(count, value));

    public ValueTask DisposeAsync()
    {
        producer.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Produce(int count, Func<long, byte[]> value)
    {
        Action<DeliveryReport<Null, byte[]>> delivered = report =>
        {
            if (report.Error.IsError)
            {
                Interlocked.Increment(ref _failures);
            }
        };
        for (var i = 0; i < count; i++)
        {
            var message = new Message<Null, byte[]> { Value = value(i) };
            while (!TryProduce(message, delivered))
            {
                producer.Poll(TimeSpan.FromMilliseconds(1));
            }
        }

        var unsent = producer.Flush(TimeSpan.FromMinutes(2));
        if (unsent != 0 || _failures != 0)
        {
            throw new InvalidOperationException($"{_failures} records failed, {unsent} never acknowledged.");
        }
    }

    /// <summary>Queues the record; false when librdkafka's queue is full.</summary>
    private bool TryProduce(Message<Null, byte[]> message, Action<DeliveryReport<Null, byte[]>> delivered)
    {
        try
        {
            producer.Produce(topic, message, delivered);
            return true;
        }
        catch (ProduceException<Null, byte[]> exception) when (exception.Error.Code == Confluent.Kafka.ErrorCode.Local_QueueFull)
        {
            return false;
        }
    }
}
