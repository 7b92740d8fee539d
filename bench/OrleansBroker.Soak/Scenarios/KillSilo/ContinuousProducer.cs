using System.Diagnostics;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.KillSilo;

/// <summary>
/// One producer of a scenario: its own connection and a default (idempotent) SDK producer sending numbered records
/// without pause, half keyed and half keyless, with a bounded number awaiting their result. Every outcome goes to the
/// ledger, every acknowledgement also to the recovery clock. It never reconnects or rebuilds anything itself: recovering from a silo's death is the SDK's job.
/// </summary>
internal sealed class ContinuousProducer : IAsyncDisposable
{
    private const int Keys = 64;
    private readonly BrokerClient _client;
    private readonly IProducer<string?, byte[]> _producer;

    private ContinuousProducer(BrokerClient client) =>
        (_client, _producer) = (client, new ProducerBuilder<string?, byte[]>(client).Build());

    /// <summary>Connects a producer, before any fault, so every producer is in the stream when the silo dies.</summary>
    public static async Task<ContinuousProducer> ConnectAsync(string bootstrapServer, CancellationToken cancellationToken) =>
        new(await BrokerClient.ConnectAsync(bootstrapServer, cancellationToken));

    /// <summary>
    /// Produces as producer <paramref name="number"/> until <paramref name="stop"/>, with at most
    /// <paramref name="maxInFlight"/> records awaiting their result, then waits for every record sent to be acknowledged or failed.
    /// </summary>
    public async Task RunAsync(int number, string topic, int valueSize, int maxInFlight, AckLedger ledger, PartitionRecovery recovery, CancellationToken stop)
    {
        using var inFlight = new SemaphoreSlim(maxInFlight, maxInFlight);
        for (long sequence = 0; ; sequence++)
        {
            try
            {
                await inFlight.WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var id = new RecordId(number, sequence);
            var message = new Message<string?, byte[]> { Key = sequence % 2 == 0 ? $"key-{sequence % Keys}" : null, Value = id.ToValue(valueSize) };
            _ = NoteAsync(id, Stopwatch.GetTimestamp(), () => _producer.ProduceAsync(topic, message, CancellationToken.None), ledger, recovery, inFlight);
        }

        for (var taken = 0; taken < maxInFlight; taken++)
        {
            await inFlight.WaitAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _producer.DisposeAsync();
        await _client.DisposeAsync();
    }

    private static async Task NoteAsync(
        RecordId id, long sent, Func<Task<DeliveryResult<string?, byte[]>>> send, AckLedger ledger, PartitionRecovery recovery, SemaphoreSlim inFlight)
    {
        try
        {
            await ledger.NoteAsync(id, sent, send, recovery);
        }
        finally
        {
            inFlight.Release();
        }
    }
}
