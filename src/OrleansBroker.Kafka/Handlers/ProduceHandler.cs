using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using Appended = OrleansBroker.Abstractions.Partitions.ProduceResponse;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// Produce (0-8): appends each partition's batch through its grain, which validates it (magic 2, CRC, size) and
/// answers once it is stored; each partition gets its own result or error code. Appends are queued in request order
/// per partition (<see cref="PartitionAppendOrder"/>). acks=0 gets no response at all; acks 1 and -1 both wait for
/// storage (which keeps the copies), at most the request's timeout (then REQUEST_TIMED_OUT; the append may still land).
/// </summary>
public sealed class ProduceHandler(IGrainFactory grains, ILogger<ProduceHandler> logger) : KafkaRequestHandler<ProduceRequest>
{
    /// <inheritdoc />
    protected override Task<IKafkaResponse?> HandleAsync(ProduceRequest request, KafkaRequestContext context)
    {
        // Queue every append now, while the connection is still in request order; only the waiting is deferred.
        var topics = request.Topics
            .Select(topic => (topic.Name, Partitions: topic.Partitions.Select(partition => Start(topic.Name, partition, request, context)).ToList()))
            .ToList();
        return RespondAsync(request.Acks, topics);
    }

    private Task<ProduceResponse.Partition> Start(string topic, ProduceRequest.Partition partition, ProduceRequest request, KafkaRequestContext context)
    {
        if (request.Acks is not (0 or 1 or -1))
        {
            return Task.FromResult(Failed(partition.Index, new KafkaError(ErrorCode.InvalidRequiredAcks, $"acks must be 0, 1 or -1 (got {request.Acks}).")));
        }

        if (ProducedRecords.Refusal(partition.Records, context.ApiVersion) is { } refusal)
        {
            return Task.FromResult(Failed(partition.Index, refusal));
        }

        // The grain takes an exact-size array; copying now also frees the request frame from the append's lifetime.
        var batch = partition.Records!.Value.ToArray();
        var append = context.AppendOrder.Enqueue(
            new TopicPartition(topic, partition.Index),
            () => PartitionGrains.Get(grains, topic, partition.Index).AppendAsync(batch));
        return AwaitAsync(partition.Index, append, request.TimeoutMs);
    }

    private async Task<ProduceResponse.Partition> AwaitAsync(int partition, Task<Appended> append, int timeoutMs)
    {
        try
        {
            var appended = timeoutMs > 0 ? await append.WaitAsync(TimeSpan.FromMilliseconds(timeoutMs)) : await append;
            return new ProduceResponse.Partition
            {
                Index = partition,
                BaseOffset = appended.BaseOffset,
                LogAppendTimeMs = appended.LogAppendTime,
                LogStartOffset = appended.LogStartOffset,
            };
        }
        catch (Exception exception)
        {
            return Failed(partition, KafkaError.From(exception, logger));
        }
    }

    private static async Task<IKafkaResponse?> RespondAsync(short acks, List<(string Name, List<Task<ProduceResponse.Partition>> Partitions)> topics)
    {
        await Task.WhenAll(topics.SelectMany(topic => topic.Partitions));
        if (acks == 0)
        {
            return null;
        }

        return new ProduceResponse
        {
            Topics = [.. topics.Select(topic => new ProduceResponse.Topic { Name = topic.Name, Partitions = [.. topic.Partitions.Select(task => task.Result)] })],
        };
    }

    private static ProduceResponse.Partition Failed(int partition, KafkaError error) =>
        new() { Index = partition, ErrorCode = error.Code, BaseOffset = -1, ErrorMessage = error.Message };
}
