using System.Globalization;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// A broker silo whose partitions apply retention every <see cref="RetentionCheckIntervalMs"/> ms and whose groups
/// refresh their lag every <see cref="ConsumerLagIntervalMs"/> ms, so tests of either need not wait minutes.
/// </summary>
public sealed class GrainsFixture : BrokerClusterFixture
{
    /// <summary>log.retention.check.interval.ms of this broker.</summary>
    public const int RetentionCheckIntervalMs = 200;

    /// <summary>How often this broker's consumer groups publish their lag.</summary>
    public const int ConsumerLagIntervalMs = 200;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["LogRetentionCheckIntervalMs"] = RetentionCheckIntervalMs.ToString(CultureInfo.InvariantCulture),
        ["ConsumerLagIntervalMs"] = ConsumerLagIntervalMs.ToString(CultureInfo.InvariantCulture),
    };
}
