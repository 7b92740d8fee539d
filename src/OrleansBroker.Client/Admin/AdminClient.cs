using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Internal;

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

    private IPartitionGrain Partition(TopicPartition partition) => cluster.GetGrain<IPartitionGrain>(partition.ToGrainKey());
}
