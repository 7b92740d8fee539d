namespace OrleansBroker.Abstractions.ConsumerGroups;

/// <summary>The ids of every consumer group (for listing), one activation with key <see cref="Key"/>, persisted.</summary>
[Alias("OrleansBroker.IConsumerGroupRegistryGrain")]
public interface IConsumerGroupRegistryGrain : IGrainWithStringKey
{
    /// <summary>The one registry's key.</summary>
    public const string Key = "groups";

    /// <summary>Records that a group exists.</summary>
    [Alias("Add")]
    Task AddAsync(string groupId);

    /// <summary>Forgets a deleted group.</summary>
    [Alias("Remove")]
    Task RemoveAsync(string groupId);

    /// <summary>Every group id, sorted.</summary>
    [Alias("List"), Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<string>> ListAsync();
}
