using OrleansBroker.Abstractions.Kafka;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>The brokers Metadata lists: those of the silos active now, by node id.</summary>
internal static class LiveBrokers
{
    /// <summary>The registered live brokers plus <paramref name="self"/>, which the registry may not show active yet right after start-up.</summary>
    public static async Task<IReadOnlyList<KafkaBroker>> GetAsync(IGrainFactory grains, KafkaBroker self)
    {
        var live = await grains.GetGrain<IKafkaBrokerRegistryGrain>(IKafkaBrokerRegistryGrain.Key).GetLiveBrokersAsync();
        return live.Any(broker => broker.NodeId == self.NodeId) ? live : [.. live.Append(self).OrderBy(broker => broker.NodeId)];
    }
}
