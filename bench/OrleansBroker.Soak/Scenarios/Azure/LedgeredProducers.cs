using System.Diagnostics;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>
/// SDK producers sending numbered records (<see cref="RecordId"/>, keyless, so spread over every partition) to one
/// topic at a steady pace until stopped. Each acknowledgement goes into the <see cref="AckLedger"/> and the
/// <see cref="PartitionRecovery"/> clock; a failure is counted as such and the producer carries on.
/// </summary>
public sealed class LedgeredProducers
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private readonly List<string> _errors = [];

    private LedgeredProducers()
    {
    }

    /// <summary>Distinct failure messages the producers got, for the report.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Starts <paramref name="producers"/> producers, each sending <paramref name="recordsPerSecond"/> records of <paramref name="valueBytes"/> bytes a second.</summary>
    public static LedgeredProducers Start(BrokerClient client, string topic, int producers, int recordsPerSecond, int valueBytes, AckLedger ledger, PartitionRecovery recovery)
    {
        var running = new LedgeredProducers();
        for (var number = 0; number < producers; number++)
        {
            var producer = number;
            running._loops.Add(Task.Run(() => running.RunAsync(client, topic, producer, recordsPerSecond, valueBytes, ledger, recovery)));
        }

        return running;
    }

    /// <summary>Stops sending and waits until every record sent has been acknowledged or has failed.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
        _stop.Dispose();
    }

    private async Task RunAsync(BrokerClient client, string topic, int number, int recordsPerSecond, int valueBytes, AckLedger ledger, PartitionRecovery recovery)
    {
        var pending = new List<Task>();
        await using (var producer = new ProducerBuilder<byte[], byte[]>(client).Build())
        {
            var started = Stopwatch.GetTimestamp();
            long sequence = 0;
            while (!_stop.IsCancellationRequested)
            {
                var due = (long)(Stopwatch.GetElapsedTime(started).TotalSeconds * recordsPerSecond);
                for (; sequence < due; sequence++)
                {
                    var id = new RecordId(number, sequence);
                    pending.Add(SendAsync(producer, topic, id, valueBytes, ledger, recovery));
                }

                pending.RemoveAll(task => task.IsCompleted);
                await Task.Delay(Tick, CancellationToken.None);
            }

            await producer.FlushAsync();
            await Task.WhenAll(pending);
        }
    }

    private async Task SendAsync(IProducer<byte[], byte[]> producer, string topic, RecordId id, int valueBytes, AckLedger ledger, PartitionRecovery recovery)
    {
        var sent = Stopwatch.GetTimestamp();
        if (await ledger.NoteAsync(id, sent, () => producer.ProduceAsync(topic, new Message<byte[], byte[]> { Value = id.ToValue(valueBytes) }), recovery) is { } e)
        {
            lock (_errors)
            {
                var error = $"{e.GetType().Name}: {e.Message}";
                if (_errors.Count < 10 && !_errors.Contains(error))
                {
                    _errors.Add(error);
                }
            }
        }
    }
}
