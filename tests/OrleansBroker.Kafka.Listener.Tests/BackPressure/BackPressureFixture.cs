using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.BackPressure;

/// <summary>
/// One broker silo whose listener may hold only <see cref="QueuedMaxRequestBytes"/> of requests, and whose partitions
/// a test can slow down (<see cref="SlowedAppends"/>). A cluster of its own: held appends must not stall other tests.
/// </summary>
public sealed class BackPressureFixture : BrokerClusterFixture
{
    /// <summary>queued.max.request.bytes of the listener.</summary>
    public const int QueuedMaxRequestBytes = 750_000;

    /// <summary>The silo's filter.</summary>
    public SlowedAppends Slowed { get; } = new();

    /// <summary>The silo's Kafka listener.</summary>
    public KafkaListener Listener => Broker.KafkaListeners[0];

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Kafka:QueuedMaxRequestBytes"] = QueuedMaxRequestBytes.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    protected override void ConfigureSiloHost(IHostApplicationBuilder host) => host.Services.AddSingleton<IIncomingGrainCallFilter>(Slowed);
}
