using OrleansBroker.Abstractions.ConsumerGroups;

namespace OrleansBroker.Grains.ConsumerGroups;

/// <summary>Keeps the ids of every consumer group, so they can be listed; groups add and remove themselves.</summary>
public sealed class ConsumerGroupRegistryGrain(
    [PersistentState("groups", BrokerStorage.ProviderName)] IPersistentState<ConsumerGroupRegistryState> state)
    : Grain, IConsumerGroupRegistryGrain
{
    /// <inheritdoc />
    public async Task AddAsync(string groupId)
    {
        if (state.State.Groups.Add(groupId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string groupId)
    {
        if (state.State.Groups.Remove(groupId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Groups]);
}
