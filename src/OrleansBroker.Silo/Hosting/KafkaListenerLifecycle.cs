using Microsoft.Extensions.Options;
using OrleansBroker.Abstractions.Kafka;
using OrleansBroker.Kafka.Listener;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// Starts the Kafka listener when the silo becomes active (grains are reachable then) and registers its broker, so
/// every listener's Metadata lists it; stops the listener first thing when the silo shuts down.
/// </summary>
internal sealed class KafkaListenerLifecycle(
    KafkaListener listener,
    IOptions<KafkaListenerOptions> options,
    ILocalSiloDetails silo,
    IGrainFactory grains)
    : ILifecycleParticipant<ISiloLifecycle>
{
    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(KafkaListenerLifecycle), ServiceLifecycleStage.Active, StartAsync, _ => listener.StopAsync());

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var broker = listener.Start(options.Value.NodeId ?? KafkaNodeIds.Default(silo.SiloAddress));
        await grains.GetGrain<IKafkaBrokerRegistryGrain>(IKafkaBrokerRegistryGrain.Key)
            .RegisterAsync(silo.SiloAddress.ToParsableString(), broker)
            .WaitAsync(cancellationToken);
    }
}
