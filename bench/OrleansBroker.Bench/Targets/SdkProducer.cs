using OrleansBroker.Client;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Bench.Targets;

/// <summary>An SDK producer: fire-and-forget sends with a delivery handler, awaiting only when the producer pushes back.</summary>
internal sealed class SdkProducer(IProducer<byte[], byte[]> producer, string topic) : IBenchProducer
{
    public async Task ProduceAsync(int count, Func<long, byte[]> value)
    {
        var failures = 0;

        // One handler for every record, as an application would pass it, rather than a new delegate per record.
        Action<DeliveryReport<byte[], byte[]>> countFailures = report => { if (report.Error is not null) { Interlocked.Increment(ref failures); } };
        for (var i = 0; i < count; i++)
        {
            var queued = producer.ProduceAsync(topic, new Message<byte[], byte[]> { Value = value(i) }, countFailures);
            if (!queued.IsCompleted)
            {
                await queued;
            }
        }

        await producer.FlushAsync();
        if (failures != 0)
        {
            throw new InvalidOperationException($"{failures} records failed.");
        }
    }

    public ValueTask DisposeAsync() => producer.DisposeAsync();
}
