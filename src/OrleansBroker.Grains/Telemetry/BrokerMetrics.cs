using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Grains.Telemetry;

/// <summary>
/// The broker's own metrics, on the meter <see cref="MeterName"/>: records and bytes produced and fetched, produce
/// and fetch durations, partitions with an open log, and consumer group lag. One per silo, made through
/// <see cref="IMeterFactory"/> so each silo's host owns its meter. Thread-safe: grains on any thread report here.
/// </summary>
public sealed class BrokerMetrics
{
    /// <summary>The meter's name, for an OpenTelemetry pipeline to listen to.</summary>
    public const string MeterName = "OrleansBroker";

    private readonly Counter<long> _recordsIn;
    private readonly Counter<long> _recordsOut;
    private readonly Counter<long> _bytesIn;
    private readonly Counter<long> _bytesOut;
    private readonly Histogram<double> _produceDuration;
    private readonly Histogram<double> _fetchDuration;
    private readonly ConcurrentDictionary<PartitionMetrics, byte> _partitions = new();
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<TopicPartition, long>> _lags = new(StringComparer.Ordinal);

    /// <summary>Creates the meter and its instruments.</summary>
    public BrokerMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _recordsIn = Meter.CreateCounter<long>("orleansbroker.records.in", "{record}", "Records appended by produce requests.");
        _recordsOut = Meter.CreateCounter<long>("orleansbroker.records.out", "{record}", "Records returned by fetches.");
        _bytesIn = Meter.CreateCounter<long>("orleansbroker.bytes.in", "By", "Record batch bytes appended by produce requests.");
        _bytesOut = Meter.CreateCounter<long>("orleansbroker.bytes.out", "By", "Record batch bytes returned by fetches.");
        _produceDuration = Meter.CreateHistogram<double>("orleansbroker.produce.duration", "s", "Time from a partition receiving a batch to acknowledging it.");
        _fetchDuration = Meter.CreateHistogram<double>("orleansbroker.fetch.duration", "s", "Time a fetch took, long-poll wait included.");
        Meter.CreateObservableUpDownCounter("orleansbroker.partitions.active", ObserveActivePartitions, "{partition}", "Partitions with an open log on this silo.");
        Meter.CreateObservableGauge("orleansbroker.consumer_group.lag", ObserveLag, "{record}", "High watermark minus the group's committed offset.");
    }

    /// <summary>The meter every instrument belongs to.</summary>
    internal Meter Meter { get; }

    /// <summary>Starts counting a partition grain of <paramref name="topic"/> as active while <paramref name="isLogOpen"/> says so; dispose to stop.</summary>
    internal PartitionMetrics TrackPartition(string topic, Func<bool> isLogOpen)
    {
        var partition = new PartitionMetrics(this, topic, isLogOpen);
        _partitions.TryAdd(partition, 0);
        return partition;
    }

    internal void Untrack(PartitionMetrics partition) => _partitions.TryRemove(partition, out _);

    /// <summary>Counts the records and bytes of <paramref name="batches"/>, appended to a partition of <paramref name="topic"/> in <paramref name="elapsed"/>.</summary>
    internal void RecordProduce(KeyValuePair<string, object?> topic, ReadOnlySpan<byte> batches, TimeSpan elapsed)
    {
        _recordsIn.Add(CountRecords(batches), topic);
        _bytesIn.Add(batches.Length, topic);
        _produceDuration.Record(elapsed.TotalSeconds, topic);
    }

    /// <summary>Counts the records and bytes of <paramref name="batches"/>, fetched from a partition of <paramref name="topic"/> in <paramref name="elapsed"/>.</summary>
    internal void RecordFetch(KeyValuePair<string, object?> topic, ReadOnlySpan<byte> batches, TimeSpan elapsed)
    {
        _recordsOut.Add(CountRecords(batches), topic);
        _bytesOut.Add(batches.Length, topic);
        _fetchDuration.Record(elapsed.TotalSeconds, topic, new("outcome", batches.IsEmpty ? "empty" : "data"));
    }

    /// <summary>Replaces the lag of <paramref name="group"/> (high watermark minus committed offset, by partition).</summary>
    internal void PublishLag(string group, IReadOnlyDictionary<TopicPartition, long> lags)
    {
        if (lags.Count == 0)
        {
            RemoveLag(group);
        }
        else
        {
            _lags[group] = lags;
        }
    }

    /// <summary>Stops reporting lag for <paramref name="group"/>.</summary>
    internal void RemoveLag(string group) => _lags.TryRemove(group, out _);

    /// <summary>The record count from each batch header: cheap, and the count the producer sent.</summary>
    private static long CountRecords(ReadOnlySpan<byte> batches)
    {
        long records = 0;
        foreach (var batch in new RecordBatchReader(batches))
        {
            records += batch.Header.RecordCount;
        }

        return records;
    }

    private IEnumerable<Measurement<int>> ObserveActivePartitions() =>
        _partitions.Keys
            .Where(partition => partition.IsLogOpen)
            .GroupBy(partition => partition.Topic, StringComparer.Ordinal)
            .Select(topic => new Measurement<int>(topic.Count(), new KeyValuePair<string, object?>("topic", topic.Key)));

    private IEnumerable<Measurement<long>> ObserveLag() =>
        _lags.SelectMany(group => group.Value.Select(lag => new Measurement<long>(
            lag.Value,
            new("group", group.Key),
            new("topic", lag.Key.Topic),
            new("partition", lag.Key.Partition))));
}
