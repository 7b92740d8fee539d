using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// OffsetFetch (0-5) from the group grain: each partition's committed offset and metadata, -1 where the group has
/// none; null topics (v2+) ask for every partition the group committed. A failure is each partition's error, and
/// from v2 also the group's.
/// </summary>
public sealed class OffsetFetchHandler(IGrainFactory grains, ILogger<OffsetFetchHandler> logger) : KafkaRequestHandler<OffsetFetchRequest>
{
    private const short FirstVersionWithGroupError = 2;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(OffsetFetchRequest request, KafkaRequestContext context)
    {
        var asked = request.Topics?.SelectMany(topic => topic.PartitionIndexes.Select(partition => new TopicPartition(topic.Name, partition))).ToList();
        try
        {
            var committed = await ConsumerGroupGrains.Get(grains, request.GroupId).FetchOffsetsAsync(asked);
            return new OffsetFetchResponse { Topics = ByTopic(committed.Select(offset => (offset.Partition, Result(offset)))) };
        }
        catch (Exception exception)
        {
            var error = KafkaError.From(exception, logger).Code;
            return new OffsetFetchResponse
            {
                Topics = ByTopic((asked ?? []).Select(partition => (partition, new OffsetFetchResponse.Partition { PartitionIndex = partition.Partition, ErrorCode = error }))),
                ErrorCode = context.ApiVersion >= FirstVersionWithGroupError ? error : (short)0,
            };
        }
    }

    private static OffsetFetchResponse.Partition Result(CommittedOffset offset) =>
        new() { PartitionIndex = offset.Partition.Partition, CommittedOffset = offset.Offset, Metadata = offset.Metadata };

    private static List<OffsetFetchResponse.Topic> ByTopic(IEnumerable<(TopicPartition Partition, OffsetFetchResponse.Partition Result)> results) =>
    [
        .. results
            .GroupBy(result => result.Partition.Topic, StringComparer.Ordinal)
            .Select(topic => new OffsetFetchResponse.Topic { Name = topic.Key, Partitions = [.. topic.Select(result => result.Result)] }),
    ];
}
