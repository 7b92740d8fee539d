using OrleansBroker.Abstractions;
using OrleansBroker.Client.ConsumerGroups.Protocol;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// The built-in assignors' common part (Kafka's <c>AbstractPartitionAssignor</c>): only topics somebody subscribes to
/// and that have partitions are assigned, every member gets an entry, and ties are broken by fixed orders so the
/// result is deterministic. Assignors of your own implement <see cref="IPartitionAssignor"/> directly.
/// </summary>
public abstract class PartitionAssignor : IPartitionAssignor
{
    private protected PartitionAssignor()
    {
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<RebalanceProtocol> SupportedProtocols { get; } = [RebalanceProtocol.Eager];

    /// <inheritdoc />
    public virtual byte[]? SubscriptionUserData(int generationId) => null;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, IReadOnlyList<TopicPartition>> Assign(
        IReadOnlyDictionary<string, int> partitionsPerTopic,
        IReadOnlyDictionary<string, ConsumerSubscription> subscriptionsByMemberId)
    {
        var input = new AssignmentInput(partitionsPerTopic, subscriptionsByMemberId);
        var assignment = input.Members.Count == 0 ? [] : Assign(input);
        return assignment.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<TopicPartition>)pair.Value.AsReadOnly());
    }

    /// <summary>Assigns the prepared input (at least one member); returns every member's partitions.</summary>
    private protected abstract Dictionary<string, List<TopicPartition>> Assign(AssignmentInput input);
}
