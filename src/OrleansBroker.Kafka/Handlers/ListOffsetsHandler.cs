using Microsoft.Extensions.Logging;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// ListOffsets (1-5): per partition, the earliest (-2) or latest (-1) offset, or the first record at or after a
/// timestamp; offset and timestamp -1 when no record is that late, as Kafka answers. Both isolation levels see the
/// high watermark as latest (no transactions).
/// </summary>
public sealed class ListOffsetsHandler(IGrainFactory grains, ILogger<ListOffsetsHandler> logger) : KafkaRequestHandler<ListOffsetsRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(ListOffsetsRequest request, KafkaRequestContext context)
    {
        var topics = await Task.WhenAll(request.Topics.Select(async topic => new ListOffsetsResponse.Topic
        {
            Name = topic.Name,
            Partitions = await Task.WhenAll(topic.Partitions.Select(partition => ListAsync(topic.Name, partition))),
        }));
        return new ListOffsetsResponse { Topics = topics };
    }

    private async Task<ListOffsetsResponse.Partition> ListAsync(string topic, ListOffsetsRequest.Partition partition)
    {
        try
        {
            var found = await PartitionGrains.Get(grains, topic, partition.PartitionIndex).ListOffsetsAsync(partition.Timestamp);
            var noneThatLate = partition.Timestamp >= 0 && found.Timestamp < 0;
            return new ListOffsetsResponse.Partition
            {
                PartitionIndex = partition.PartitionIndex,
                Offset = noneThatLate ? -1 : found.Offset,
                Timestamp = found.Timestamp,
            };
        }
        catch (Exception exception)
        {
            return new ListOffsetsResponse.Partition { PartitionIndex = partition.PartitionIndex, ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }
}
