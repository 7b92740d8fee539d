using System.Diagnostics;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Bench;

/// <summary>
/// The broker's own SDK, connected to the silo's Orleans gateway: one producer for the whole bench, as in an
/// application, and a consumer per run that assigns partition 0.
/// </summary>
internal sealed class SdkTarget(BrokerClient client) : IBenchTarget
{
    private readonly IProducer<byte[], byte[]> _producer = new ProducerBuilder<byte[], byte[]>(client).Build();

    public string Name => "SDK";

    public async Task<double> ProduceAsync(string topic, int count)
    {
        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var queued = _producer.ProduceAsync(topic, new Message<byte[], byte[]> { Value = BenchRecords.Value(i) }, report => { if (report.Error is not null) { Interlocked.Increment(ref failures); } });
            if (!queued.IsCompleted)
            {
                await queued;
            }
        }

        await _producer.FlushAsync();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return failures == 0 ? seconds : throw new InvalidOperationException($"{failures} records failed.");
    }

    public async Task<double> ConsumeAsync(string topic, int count)
    {
        await using var consumer = new ConsumerBuilder<byte[], byte[]>(client).Build();
        var stopwatch = Stopwatch.StartNew();
        await consumer.AssignAsync([new TopicPartitionOffset(topic, 0, Offset.Beginning)]);
        for (var read = 0L; read < count; read++)
        {
            var result = await consumer.ConsumeAsync(TimeSpan.FromSeconds(30)) ?? throw new InvalidOperationException($"Consumer stalled after {read} records.");
            BenchRecords.Check(result.Message.Value, read);
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    public ValueTask DisposeAsync() => _producer.DisposeAsync();
}
