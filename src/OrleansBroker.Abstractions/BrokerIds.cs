namespace OrleansBroker.Abstractions;

/// <summary>
/// Kafka shows brokers as small integers. A silo's broker id is its rank, from 1, among the active silos ordered by
/// address, so a single silo is broker 1 and three local silos are 1, 2 and 3. The topic registry (partition leaders)
/// and the frontend (its silo list) number silos with this one rule, so the ids they show agree.
/// </summary>
public static class BrokerIds
{
    /// <summary>Broker ids of the silos the cluster lists as active, by silo address (<see cref="SiloAddress.ToParsableString"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> GetAsync(IGrainFactory grainFactory)
    {
        var hosts = await grainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return Assign(hosts.Keys);
    }

    /// <summary>Numbers <paramref name="activeSilos"/> from 1 in address order; keys are <see cref="SiloAddress.ToParsableString"/>.</summary>
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<SiloAddress> activeSilos) =>
        activeSilos
            .OrderBy(address => address.Endpoint.Address.ToString(), StringComparer.Ordinal)
            .ThenBy(address => address.Endpoint.Port)
            .Select((address, index) => (address, index))
            .ToDictionary(pair => pair.address.ToParsableString(), pair => pair.index + 1);
}
