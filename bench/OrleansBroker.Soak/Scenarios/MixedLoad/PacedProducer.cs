using System.Diagnostics;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// One SDK producer sending numbered records (<see cref="RecordId"/>) at a fixed rate, round-robin over the topics
/// and (by the SDK's keyless partitioner) their partitions, and reporting every acknowledgement to the audit. A rate
/// of 0 sends flat out, to measure the mix's peak.
/// </summary>
internal sealed class PacedProducer(int number, BrokerClient client, IReadOnlyList<string> topics, double recordsPerSecond, int valueBytes, MixedLoadAudit audit, LoadCounters counters)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);
    private const int FlatOutStep = 1000;

    /// <summary>Produces until <paramref name="stop"/> is cancelled, then waits for every outstanding acknowledgement.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        await using var producer = new ProducerBuilder<byte[], byte[]>(client).Build();
        var clock = Stopwatch.StartNew();
        var sequence = 0L;
        while (!stop.IsCancellationRequested)
        {
            var due = recordsPerSecond > 0 ? (long)(clock.Elapsed.TotalSeconds * recordsPerSecond) : sequence + FlatOutStep;
            for (; sequence < due; sequence++)
            {
                var queued = Produce(producer, new RecordId(number, sequence));
                if (!queued.IsCompleted)
                {
                    await queued;
                }
            }

            if (recordsPerSecond > 0)
            {
                await Task.Delay(Tick, CancellationToken.None);
            }
        }

        await producer.FlushAsync(CancellationToken.None);
    }

    private Task Produce(IProducer<byte[], byte[]> producer, RecordId id) =>
        producer.ProduceAsync(
            topics[(int)(id.Sequence % topics.Count)],
            new Message<byte[], byte[]> { Value = id.ToValue(valueBytes) },
            report =>
            {
                if (report.Result is { } result)
                {
                    counters.AddAcknowledged();
                    audit.Acknowledged(id, new(result.Topic, result.Partition), result.Offset);
                }
                else
                {
                    counters.AddFailed();
                    audit.Failed(id, report.Error!);
                }
            });
}
