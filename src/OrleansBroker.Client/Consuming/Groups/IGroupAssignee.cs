using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming.Groups;

/// <summary>What a group session drives: the consumer whose partitions it assigns and revokes.</summary>
internal interface IGroupAssignee
{
    /// <summary>The partitions the consumer reads now.</summary>
    IReadOnlyList<TopicPartition> Assignment { get; }

    /// <summary>The offsets stored for the given partitions (the consumed positions, by default), to commit.</summary>
    IReadOnlyList<CommittedOffset> StoredOffsetsOf(IEnumerable<TopicPartition> partitions);

    /// <summary>Stops reading <paramref name="partitions"/> and tells the application they were revoked.</summary>
    void Revoke(IReadOnlyList<TopicPartition> partitions);

    /// <summary>Makes the consumer's next Consume throw <paramref name="error"/>: the group refused it for good.</summary>
    void Fail(BrokerException error);

    /// <summary>Starts reading <paramref name="partitions"/> from the given positions and tells the application.</summary>
    Task AssignAsync(IReadOnlyList<TopicPartitionOffset> partitions);
}
