using Microsoft.Extensions.Logging;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// DeleteRecords (0-1): moves each partition's log start offset up to the offset given (-1: the high watermark);
/// answers the new low watermark, or OFFSET_OUT_OF_RANGE past the high watermark.
/// </summary>
public sealed class DeleteRecordsHandler(IGrainFactory grains, ILogger<DeleteRecordsHandler> logger) : KafkaRequestHandler<DeleteRecordsRequest>
{
    private const long HighWatermark = -1;

    /// <inheritdoc />
    public override bool WaitsForEarlierRequests => true;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(DeleteRecordsRequest request, KafkaRequestContext context)
    {
        var topics = await Task.WhenAll(request.Topics.Select(async topic => new DeleteRecordsResponse.Topic
        {
            Name = topic.Name,
            Partitions = await Task.WhenAll(topic.Partitions.Select(partition => DeleteAsync(topic.Name, partition))),
        }));
        return new DeleteRecordsResponse { Topics = topics };
    }

    private async Task<DeleteRecordsResponse.Partition> DeleteAsync(string topic, DeleteRecordsRequest.Partition partition)
    {
        try
        {
            var grain = PartitionGrains.Get(grains, topic, partition.PartitionIndex);
            var before = partition.Offset switch
            {
                HighWatermark => (await grain.GetStateAsync()).HighWatermark,
                < 0 => throw new BrokerException(ErrorCode.OffsetOutOfRange, $"Cannot delete records before offset {partition.Offset}: give an offset or -1 (the high watermark)."),
                _ => partition.Offset,
            };
            return new DeleteRecordsResponse.Partition { PartitionIndex = partition.PartitionIndex, LowWatermark = await grain.DeleteRecordsBeforeAsync(before) };
        }
        catch (Exception exception)
        {
            return new DeleteRecordsResponse.Partition { PartitionIndex = partition.PartitionIndex, LowWatermark = -1, ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }
}
