using OrleansBroker.Abstractions.Kafka;

namespace OrleansBroker.Grains.Kafka;

/// <summary>
/// Keeps each silo's Kafka broker and answers with those whose silo Orleans' membership shows as active, so a
/// stopped or dead silo drops out of Metadata as soon as the cluster notices, without unregistering.
/// </summary>
public sealed class KafkaBrokerRegistryGrain(
    [PersistentState("kafka-brokers", BrokerStorage.ProviderName)] IPersistentState<KafkaBrokerRegistryState> state,
    IClusterMembershipService membership)
    : Grain, IKafkaBrokerRegistryGrain
{
    private Dictionary<string, KafkaBroker> Brokers => state.State.Brokers;

    /// <inheritdoc />
    public async Task RegisterAsync(string siloAddress, KafkaBroker broker)
    {
        var endpoint = SiloAddress.FromParsableString(siloAddress).Endpoint;
        var superseded = Brokers
            .Where(entry => entry.Value.NodeId == broker.NodeId
                || SiloAddress.FromParsableString(entry.Key).Endpoint.Equals(endpoint)
                || StatusOf(entry.Key) == SiloStatus.Dead)
            .Select(entry => entry.Key)
            .ToList();
        foreach (var key in superseded)
        {
            Brokers.Remove(key);
        }

        Brokers[siloAddress] = broker;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KafkaBroker>> GetLiveBrokersAsync() => Task.FromResult<IReadOnlyList<KafkaBroker>>(
        [.. Brokers.Where(entry => StatusOf(entry.Key) == SiloStatus.Active).Select(entry => entry.Value).OrderBy(broker => broker.NodeId)]);

    private SiloStatus StatusOf(string siloAddress) =>
        membership.CurrentSnapshot.GetSiloStatus(SiloAddress.FromParsableString(siloAddress));
}
