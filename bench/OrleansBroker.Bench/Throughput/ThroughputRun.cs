using System.Diagnostics;

namespace OrleansBroker.Bench.Throughput;

/// <summary>
/// One run of a workload against one target: a new topic, the producers all send their shares (timed until the last
/// acknowledgement), then the consumers read everything from the start (timed until the last record), every record
/// checked by <see cref="Arrivals"/>. Opening producers and consumers is not timed.
/// </summary>
internal static class ThroughputRun
{
    private static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Records per second produced and consumed.</summary>
    public static async Task<(double Produced, double Consumed)> RunAsync(IBenchTarget target, Workload workload, string topic)
    {
        await target.CreateTopicAsync(topic, workload.Partitions);
        var producers = await Task.WhenAll(Enumerable.Range(0, workload.Producers).Select(_ => target.OpenProducerAsync(topic, workload.Partitions)));
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(producers.Select((producer, index) => Task.Run(() =>
            producer.ProduceAsync(workload.RecordsOf(index), sequence => BenchRecords.Value(index, sequence, workload.RecordBytes)))));
        var produced = workload.Records / stopwatch.Elapsed.TotalSeconds;
        await Task.WhenAll(producers.Select(producer => producer.DisposeAsync().AsTask()));

        var arrivals = new Arrivals(workload);
        var consumers = await Task.WhenAll(Enumerable.Range(0, workload.Consumers).Select(index => target.OpenConsumerAsync(topic, workload.PartitionsOf(index))));
        stopwatch.Restart();
        await WatchAsync(Task.WhenAll(consumers.Select(consumer => Task.Run(() => consumer.ConsumeAsync(arrivals)))), arrivals, target.Name);
        var consumed = workload.Records / stopwatch.Elapsed.TotalSeconds;
        await Task.WhenAll(consumers.Select(consumer => consumer.DisposeAsync().AsTask()));
        await target.DeleteTopicAsync(topic);
        return (produced, consumed);
    }

    /// <summary>Waits for the consumers; fails the run when no record arrives for <see cref="StallTimeout"/>.</summary>
    public static async Task WatchAsync(Task consuming, Arrivals arrivals, string target)
    {
        var (lastCount, lastProgress) = (-1L, Stopwatch.StartNew());
        while (await Task.WhenAny(consuming, Task.Delay(TimeSpan.FromSeconds(1))) != consuming)
        {
            if (arrivals.Count != lastCount)
            {
                (lastCount, lastProgress) = (arrivals.Count, Stopwatch.StartNew());
            }
            else if (lastProgress.Elapsed > StallTimeout)
            {
                throw new TimeoutException($"{target}: consumers stalled after {lastCount:N0} records ({arrivals.PerPartition()}): lost records.");
            }
        }

        await consuming;
    }
}
