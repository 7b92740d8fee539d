using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Admin;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Cluster;

/// <summary>
/// Topic figures for the pages and the API. Metadata comes from the topic registry alone, which is cheap; offsets and
/// sizes come from each partition's grain, which opens the partition if it was not active, so only the topics list and
/// a topic's own page ask for them, as a describe does.
/// </summary>
public sealed class TopicOverviewService(IClusterClient cluster, IAdminClient admin)
{
    private ITopicRegistryGrain Registry => cluster.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);

    /// <summary>The metadata of every topic, by name; activates no partition.</summary>
    public Task<IReadOnlyList<TopicMetadata>> ListMetadataAsync() => Registry.ListTopicMetadataAsync();

    /// <summary>Every topic with its partition count, records and size, by name.</summary>
    public async Task<IReadOnlyList<TopicSummary>> ListAsync()
    {
        var topics = await Task.WhenAll((await ListMetadataAsync()).Select(SummarizeAsync));
        return [.. topics.OfType<TopicSummary>()];
    }

    /// <summary>A topic's metadata and partitions with leader, offsets and size; fails with UnknownTopicOrPartition.</summary>
    public async Task<TopicDetails> DescribeAsync(string name)
    {
        var description = await admin.DescribeTopicAsync(name);
        var partitions = await Task.WhenAll(description.Partitions.Select(async partition =>
        {
            var state = await Partition(name, partition.Partition).GetStateAsync();
            return new PartitionDetails(
                partition.Partition, partition.Leader, partition.Replicas, partition.Isr, state.LogStartOffset, state.HighWatermark, state.SizeInBytes);
        }));
        return new TopicDetails(description.Metadata, partitions);
    }

    private async Task<TopicSummary?> SummarizeAsync(TopicMetadata topic)
    {
        try
        {
            var states = await Task.WhenAll(Enumerable.Range(0, topic.PartitionCount).Select(partition => Partition(topic.Name, partition).GetStateAsync()));
            return new TopicSummary(
                topic.Name,
                topic.PartitionCount,
                topic.ReplicationFactor,
                states.Sum(state => state.HighWatermark - state.LogStartOffset),
                states.Sum(state => state.SizeInBytes));
        }
        catch (BrokerException e) when (e.Code == ErrorCode.UnknownTopicOrPartition)
        {
            return null; // deleted since listed
        }
    }

    private IPartitionGrain Partition(string topic, int partition) =>
        cluster.GetGrain<IPartitionGrain>(new TopicPartition(topic, partition).ToGrainKey());
}
