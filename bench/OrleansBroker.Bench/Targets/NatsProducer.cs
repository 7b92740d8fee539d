using NATS.Client.Core;
using NATS.Client.JetStream;

namespace OrleansBroker.Bench.Targets;

/// <summary>JetStream publishes with acknowledgements on one connection, pipelined, spread round-robin over the topic's subjects.</summary>
internal sealed class NatsProducer(NatsConnection connection, string[] subjects) : IBenchProducer
{
    public async Task ProduceAsync(int count, Func<long, byte[]> value)
    {
        var js = new NatsJSContext(connection);
        var window = new InFlightWindow();
        for (var i = 0; i < count; i++)
        {
            var (subject, record) = (subjects[i % subjects.Length], value(i));
            await window.AddAsync(async () => (await js.PublishAsync(subject, record)).EnsureSuccess());
        }

        await window.DrainAsync();
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
