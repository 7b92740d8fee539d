namespace OrleansBroker.Bench.Latency;

/// <summary>
/// One run of issue 9's workload (d) against one target: on a new one-partition topic, one consumer reads from its
/// (empty) start, so from the end, while one producer sends 100-byte records at a fixed rate (<see cref="FixedRate"/>) for
/// the warm-up and then the measured seconds; every record is checked by <see cref="Arrivals"/> and timed by a
/// <see cref="LatencyRecorder"/>, which leaves out the warm-up.
/// </summary>
internal static class LatencyRun
{
    /// <summary>The run's percentiles, and how far the producer fell behind its schedule at worst.</summary>
    public static async Task<(LatencyPercentiles Latencies, TimeSpan MaxLag)> RunAsync(IBenchTarget target, string topic, int recordsPerSecond, int warmUpSeconds, int seconds)
    {
        var records = recordsPerSecond * (warmUpSeconds + seconds);
        var recorder = new LatencyRecorder(recordsPerSecond * warmUpSeconds, records);
        var arrivals = new Arrivals(new Workload("d", records, BenchRecords.ValueBytes, 1, 1, 1), recorder.Arrived);
        await target.CreateTopicAsync(topic, 1);
        var consumer = await target.OpenConsumerAsync(topic, [0]);
        var consuming = Task.Run(() => consumer.ConsumeAsync(arrivals));
        var producer = await target.OpenProducerAsync(topic, 1);
        var schedule = new FixedRate(recordsPerSecond);
        await Task.Run(() => producer.ProduceAsync(records, schedule.Next));
        await Throughput.ThroughputRun.WatchAsync(consuming, arrivals, target.Name);
        await producer.DisposeAsync();
        await consumer.DisposeAsync();
        await target.DeleteTopicAsync(topic);
        return (recorder.Percentiles(), schedule.MaxLag);
    }
}
