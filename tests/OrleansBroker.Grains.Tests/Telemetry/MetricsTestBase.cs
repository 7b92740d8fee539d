using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OrleansBroker.Grains.Telemetry;

namespace OrleansBroker.Grains.Tests.Telemetry;

/// <summary>
/// What the metrics tests share: collectors on the meter of the test silo itself (not every <c>OrleansBroker</c>
/// meter in the process, which other clusters' silos also create), and sums over one topic's or group's measurements.
/// </summary>
public abstract class MetricsTestBase(GrainsFixture fixture) : GrainTestBase(fixture)
{
    /// <summary>The silo's metrics.</summary>
    protected BrokerMetrics Metrics => Fixture.Broker.Cluster.Silos[0].ServiceProvider.GetRequiredService<BrokerMetrics>();

    /// <summary>Collects what <paramref name="instrument"/> of the silo's meter records from now on; dispose to stop.</summary>
    protected MetricCollector<T> Collect<T>(string instrument)
        where T : struct => new(Metrics.Meter, instrument);

    /// <summary>The total of the measurements carrying <paramref name="tags"/> (a counter's increase since collection began).</summary>
    protected static long Sum(MetricCollector<long> collector, params KeyValuePair<string, object?>[] tags) =>
        collector.GetMeasurementSnapshot().ContainsTags(tags).Sum(measurement => measurement.Value);

    /// <summary>What an observable instrument reports now for the series carrying <paramref name="tags"/>; 0 when it reports none.</summary>
    protected static long Observe<T>(MetricCollector<T> collector, params KeyValuePair<string, object?>[] tags)
        where T : struct
    {
        collector.Clear();
        collector.RecordObservableInstruments();
        return collector.GetMeasurementSnapshot().ContainsTags(tags).Sum(measurement => Convert.ToInt64(measurement.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A tag, as the instruments attach it.</summary>
    protected static KeyValuePair<string, object?> Tag(string name, object value) => new(name, value);
}
