using NATS.Client.Core;
using NATS.Client.JetStream;

namespace OrleansBroker.Bench.Targets;

/// <summary>One pull consumer per subject, read concurrently: ConsumeAsync keeps pull requests of 10,000 messages outstanding.</summary>
internal sealed class NatsConsumer(NatsConnection connection, INatsJSConsumer[] consumers, IReadOnlyList<int> partitions) : IBenchConsumer
{
    private static readonly NatsJSConsumeOpts Batches = new() { MaxMsgs = 10_000 };

    public Task ConsumeAsync(Arrivals arrivals) => Task.WhenAll(consumers.Select((consumer, i) => ReadAsync(consumer, partitions[i], arrivals)));

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private static async Task ReadAsync(INatsJSConsumer consumer, int partition, Arrivals arrivals)
    {
        try
        {
            await foreach (var message in consumer.ConsumeAsync<byte[]>(opts: Batches, cancellationToken: arrivals.AllArrived))
            {
                arrivals.Add(partition, message.Data);
            }
        }
        catch (OperationCanceledException) when (arrivals.Done)
        {
            // Every record of the run has arrived.
        }
    }
}
