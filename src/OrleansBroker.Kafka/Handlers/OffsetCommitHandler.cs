using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol;
using Wire = OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// OffsetCommit (0-7) on the group grain, which fences by member id and generation (ILLEGAL_GENERATION,
/// UNKNOWN_MEMBER_ID, REBALANCE_IN_PROGRESS) and persists before answering. v0 carries no membership, so it is a
/// simple commit (allowed while the group has no members). Partitions of topics that do not exist get
/// UNKNOWN_TOPIC_OR_PARTITION and are not committed; the retention time of v2-4 is ignored (offsets.retention.minutes rules).
/// </summary>
public sealed class OffsetCommitHandler(IGrainFactory grains, ILogger<OffsetCommitHandler> logger) : KafkaRequestHandler<Wire.OffsetCommitRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(Wire.OffsetCommitRequest request, KafkaRequestContext context)
    {
        var partitionCounts = await PartitionCountsAsync(request.Topics.Select(topic => topic.Name).Distinct());
        bool Exists(string topic, int partition) => partition >= 0 && partition < partitionCounts[topic];

        var offsets = request.Topics
            .SelectMany(topic => topic.Partitions
                .Where(partition => Exists(topic.Name, partition.PartitionIndex))
                .Select(partition => new CommittedOffset(new TopicPartition(topic.Name, partition.PartitionIndex), partition.CommittedOffset, partition.CommittedMetadata)))
            .ToList();
        var commitError = offsets.Count == 0 ? (short)ErrorCode.None : await CommitAsync(request, offsets);
        return new Wire.OffsetCommitResponse
        {
            Topics = [.. request.Topics.Select(topic => new Wire.OffsetCommitResponse.Topic
            {
                Name = topic.Name,
                Partitions = [.. topic.Partitions.Select(partition => new Wire.OffsetCommitResponse.Partition
                {
                    PartitionIndex = partition.PartitionIndex,
                    ErrorCode = Exists(topic.Name, partition.PartitionIndex) ? commitError : (short)ErrorCode.UnknownTopicOrPartition,
                })],
            })],
        };
    }

    private async Task<short> CommitAsync(Wire.OffsetCommitRequest request, IReadOnlyList<CommittedOffset> offsets)
    {
        try
        {
            var commit = new OffsetCommitRequest
            {
                MemberId = request.MemberId,
                GroupInstanceId = request.GroupInstanceId,
                GenerationId = request.GenerationIdOrMemberEpoch,
                Offsets = offsets,
            };
            return (short)await ConsumerGroupGrains.Get(grains, request.GroupId).CommitOffsetsAsync(commit);
        }
        catch (Exception exception)
        {
            return KafkaError.From(exception, logger).Code;
        }
    }

    /// <summary>Each topic's partition count; 0 for a topic that does not exist.</summary>
    private async Task<Dictionary<string, int>> PartitionCountsAsync(IEnumerable<string> topics)
    {
        var registry = grains.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);
        var counts = await Task.WhenAll(topics.Select(async topic =>
            (topic, count: await registry.GetTopicAsync(topic) is { } metadata ? metadata.PartitionCount : 0)));
        return counts.ToDictionary(pair => pair.topic, pair => pair.count, StringComparer.Ordinal);
    }
}
