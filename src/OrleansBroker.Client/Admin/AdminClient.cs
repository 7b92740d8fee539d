using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.ConsumerGroups;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Admin;

/// <inheritdoc />
internal sealed class AdminClient(IClusterClient cluster, ITopicMetadataCache metadata) : IAdminClient
{
    private ITopicRegistryGrain Registry => cluster.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);

    public Task<TopicMetadata> CreateTopicAsync(TopicSpecification specification) => Registry.CreateTopicAsync(specification);

    public async Task DeleteTopicAsync(string topic)
    {
        await Registry.DeleteTopicAsync(topic);
        metadata.Invalidate(topic);
    }

    public Task<IReadOnlyList<string>> ListTopicsAsync() => Registry.ListTopicsAsync();

    public Task<TopicDescription> DescribeTopicAsync(string topic) => Registry.DescribeTopicAsync(topic);

    public async Task<TopicMetadata> CreatePartitionsAsync(string topic, int totalCount)
    {
        var updated = await Registry.CreatePartitionsAsync(topic, totalCount);
        metadata.Invalidate(topic);
        return updated;
    }

    public async Task<TopicMetadata> AlterConfigsAsync(string topic, IReadOnlyDictionary<string, string> set, IReadOnlyList<string> delete)
    {
        var updated = await Registry.AlterConfigsAsync(topic, set, delete);
        metadata.Invalidate(topic);
        return updated;
    }

    public Task<ListOffsetsResponse> ListOffsetsAsync(TopicPartition partition, long timestamp) => Partition(partition).ListOffsetsAsync(timestamp);

    public Task<long> DeleteRecordsAsync(TopicPartition partition, long offset) => Partition(partition).DeleteRecordsBeforeAsync(offset);

    public Task<IReadOnlyList<string>> ListConsumerGroupsAsync() =>
        cluster.GetGrain<IConsumerGroupRegistryGrain>(IConsumerGroupRegistryGrain.Key).ListAsync();

    public async Task<ConsumerGroupDescription> DescribeConsumerGroupAsync(string group)
    {
        var description = await Group(group).DescribeAsync();
        if (description.State == GroupState.Dead)
        {
            throw GroupNotFound(group);
        }

        var members = description.Members
            .Select(member => new ConsumerGroupMember(member.MemberId, member.ClientId, member.ClientHost, AssignedPartitions(member)))
            .ToList();
        return new ConsumerGroupDescription(description.GroupId, description.State, description.ProtocolType, description.ProtocolName, members);
    }

    public async Task<IReadOnlyList<TopicPartitionOffset>> ListConsumerGroupOffsetsAsync(string group) =>
    [
        .. (await Group(group).FetchOffsetsAsync(null))
            .Where(committed => committed.Offset >= 0)
            .OrderBy(committed => committed.Partition, TopicPartitionOrder.Instance)
            .Select(committed => new TopicPartitionOffset(committed.Partition, committed.Offset)),
    ];

    public async Task AlterConsumerGroupOffsetsAsync(string group, IEnumerable<TopicPartitionOffset> offsets)
    {
        var request = new OffsetCommitRequest
        {
            Offsets = [.. offsets.Select(offset => new CommittedOffset(offset.TopicPartition, offset.Offset.Value, null))],
        };
        await ExistingPartitions.RequireAsync(metadata, request.Offsets.Select(offset => offset.Partition));
        var error = await Group(group).CommitOffsetsAsync(request);
        if (error != ErrorCode.None)
        {
            throw error == ErrorCode.NonEmptyGroup
                ? new BrokerException(error, $"Consumer group '{group}' has active members; its offsets can only be changed while it is inactive.")
                : new BrokerException(error, $"Committing offsets for consumer group '{group}' failed: {error}.");
        }
    }

    public async Task DeleteConsumerGroupAsync(string group)
    {
        var error = await Group(group).DeleteAsync();
        switch (error)
        {
            case ErrorCode.None:
                return;
            case ErrorCode.NonEmptyGroup:
                throw new BrokerException(error, $"Consumer group '{group}' is not empty: it has active members.");
            case ErrorCode.GroupIdNotFound:
                throw GroupNotFound(group);
            default:
                throw new BrokerException(error, $"Deleting consumer group '{group}' failed: {error}.");
        }
    }

    private static BrokerException GroupNotFound(string group) => new(ErrorCode.GroupIdNotFound, $"Consumer group '{group}' does not exist.");

    private static IReadOnlyList<TopicPartition> AssignedPartitions(GroupMemberDescription member) =>
        member.Assignment.Length == 0
            ? []
            : [.. ConsumerAssignment.Decode(member.Assignment).Partitions.Order(TopicPartitionOrder.Instance)];

    private IConsumerGroupGrain Group(string group) => cluster.GetGrain<IConsumerGroupGrain>(group);

    private IPartitionGrain Partition(TopicPartition partition) => cluster.GetGrain<IPartitionGrain>(partition.ToGrainKey());
}
