using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;

namespace OrleansBroker.Client.Admin;

/// <summary>
/// Topic administration, as Confluent's admin client offers it. Every failure is a
/// <see cref="Records.BrokerException"/> whose code and message say what was wrong.
/// </summary>
public interface IAdminClient
{
    /// <summary>Creates a topic; nothing is created when it fails.</summary>
    Task<TopicMetadata> CreateTopicAsync(TopicSpecification specification);

    /// <summary>Deletes a topic and its records.</summary>
    Task DeleteTopicAsync(string topic);

    /// <summary>Names of all topics, sorted.</summary>
    Task<IReadOnlyList<string>> ListTopicsAsync();

    /// <summary>A topic's metadata and each partition's leader, replicas and ISR.</summary>
    Task<TopicDescription> DescribeTopicAsync(string topic);

    /// <summary>Raises the topic's partition count to <paramref name="totalCount"/>.</summary>
    Task<TopicMetadata> CreatePartitionsAsync(string topic, int totalCount);

    /// <summary>Sets configs in <paramref name="set"/> and returns those in <paramref name="delete"/> to the broker defaults.</summary>
    Task<TopicMetadata> AlterConfigsAsync(string topic, IReadOnlyDictionary<string, string> set, IReadOnlyList<string> delete);

    /// <summary>Kafka's ListOffsets for one partition: <see cref="Offset.Beginning"/>, <see cref="Offset.End"/> or a timestamp in ms.</summary>
    Task<ListOffsetsResponse> ListOffsetsAsync(TopicPartition partition, long timestamp);

    /// <summary>Kafka's DeleteRecords: makes <paramref name="offset"/> the partition's first readable offset; returns the new log start.</summary>
    Task<long> DeleteRecordsAsync(TopicPartition partition, long offset);

    /// <summary>The ids of every consumer group, sorted.</summary>
    Task<IReadOnlyList<string>> ListConsumerGroupsAsync();

    /// <summary>
    /// A consumer group's state, assignment strategy and members with their assigned partitions;
    /// <see cref="Records.ErrorCode.GroupIdNotFound"/> when the group does not exist.
    /// </summary>
    Task<ConsumerGroupDescription> DescribeConsumerGroupAsync(string group);

    /// <summary>The group's committed positions (the next offset to consume), by topic then partition; empty when none.</summary>
    Task<IReadOnlyList<TopicPartitionOffset>> ListConsumerGroupOffsetsAsync(string group);

    /// <summary>
    /// Commits <paramref name="offsets"/> for the group from outside it (as reset-offsets does); refused with
    /// <see cref="Records.ErrorCode.NonEmptyGroup"/> while the group has active members, and with
    /// <see cref="Records.ErrorCode.UnknownTopicOrPartition"/>, committing nothing, when a partition does not exist.
    /// </summary>
    Task AlterConsumerGroupOffsetsAsync(string group, IEnumerable<TopicPartitionOffset> offsets);

    /// <summary>
    /// Deletes the group and its committed offsets; <see cref="Records.ErrorCode.NonEmptyGroup"/> while it has active
    /// members, <see cref="Records.ErrorCode.GroupIdNotFound"/> when it does not exist.
    /// </summary>
    Task DeleteConsumerGroupAsync(string group);
}
