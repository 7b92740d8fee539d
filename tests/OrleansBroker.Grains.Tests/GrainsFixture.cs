using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>A broker silo whose partitions apply retention every <see cref="RetentionCheckIntervalMs"/> ms, so retention tests need not wait minutes.</summary>
public sealed class GrainsFixture : BrokerClusterFixture
{
    /// <summary>log.retention.check.interval.ms of this broker.</summary>
    public const int RetentionCheckIntervalMs = 200;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string> { ["LogRetentionCheckIntervalMs"] = RetentionCheckIntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
