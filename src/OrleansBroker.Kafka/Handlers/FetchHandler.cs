using Microsoft.Extensions.Logging;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// Fetch (4-11): reads every partition asked for at once; if that gives fewer than MinBytes, waits up to MaxWaitMs
/// for data on the partitions that had none and answers as soon as enough arrived. Record batches pass through as
/// stored. Without transactions, both isolation levels read up to the high watermark, which is also the last stable
/// offset. Fetch sessions are not kept: the response's session id 0 tells clients to send full fetches.
/// </summary>
public sealed class FetchHandler(IGrainFactory grains, ILogger<FetchHandler> logger) : KafkaRequestHandler<FetchRequest>
{
    // Below Orleans' grain call timeout (30 s), so a long poll ends as an empty answer, never as a timed-out call.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(20);

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(FetchRequest request, KafkaRequestContext context)
    {
        var wanted = request.Topics.SelectMany(topic => topic.Partitions.Select(partition => (Topic: topic.Name, Partition: partition))).ToList();
        var reads = await Task.WhenAll(wanted.Select(want => ReadAsync(want.Topic, want.Partition, TimeSpan.Zero)));
        var wait = TimeSpan.FromMilliseconds(Math.Min(Math.Max(request.MaxWaitMs, 0), LongestWait.TotalMilliseconds));
        if (TotalBytes(reads) < request.MinBytes && wait > TimeSpan.Zero)
        {
            await WaitForDataAsync(wanted, reads, request.MinBytes, wait);
        }

        return Respond(request, reads);
    }

    /// <summary>Long-polls the partitions that had no data, filling <paramref name="reads"/> as answers come, until MinBytes or the wait is over.</summary>
    private async Task WaitForDataAsync(List<(string Topic, FetchRequest.Partition Partition)> wanted, PartitionRead[] reads, int minBytes, TimeSpan wait)
    {
        using var timeUp = new CancellationTokenSource();
        var deadline = Task.Delay(wait, timeUp.Token);
        var pending = Enumerable.Range(0, reads.Length)
            .Where(index => reads[index] is { ErrorCode: 0, Records.Length: 0 })
            .ToDictionary(index => ReadAsync(wanted[index].Topic, wanted[index].Partition, wait), index => index);
        while (pending.Count > 0 && TotalBytes(reads) < minBytes)
        {
            var done = await Task.WhenAny(pending.Keys.Append<Task>(deadline));
            if (done == deadline)
            {
                break;
            }

            var read = (Task<PartitionRead>)done;
            reads[pending[read]] = await read;
            pending.Remove(read);
        }

        await timeUp.CancelAsync();
    }

    private async Task<PartitionRead> ReadAsync(string topic, FetchRequest.Partition partition, TimeSpan wait)
    {
        try
        {
            var fetched = await PartitionGrains.Get(grains, topic, partition.PartitionIndex).FetchAsync(partition.FetchOffset, partition.PartitionMaxBytes, wait);
            return new PartitionRead(0, fetched.HighWatermark, fetched.LogStartOffset, fetched.Records);
        }
        catch (Exception exception)
        {
            // As Kafka: an errored partition reports no offsets (-1); the client asks ListOffsets where to go on.
            return new PartitionRead(KafkaError.From(exception, logger).Code, -1, -1, []);
        }
    }

    /// <summary>The response, partitions in request order; past MaxBytes, further partitions' records are left out (the first data always goes).</summary>
    private static FetchResponse Respond(FetchRequest request, PartitionRead[] reads)
    {
        var index = 0;
        var included = 0L;
        var topics = new List<FetchResponse.Topic>(request.Topics.Count);
        foreach (var topic in request.Topics)
        {
            var partitions = new List<FetchResponse.Partition>(topic.Partitions.Count);
            foreach (var partition in topic.Partitions)
            {
                var read = reads[index++];
                var records = included > 0 && included + read.Records.Length > request.MaxBytes ? [] : read.Records;
                included += records.Length;
                partitions.Add(new FetchResponse.Partition
                {
                    PartitionIndex = partition.PartitionIndex,
                    ErrorCode = read.ErrorCode,
                    HighWatermark = read.HighWatermark,
                    LastStableOffset = read.HighWatermark,
                    LogStartOffset = read.LogStartOffset,
                    Records = records,
                });
            }

            topics.Add(new FetchResponse.Topic { Name = topic.Name, Partitions = partitions });
        }

        return new FetchResponse { Topics = topics };
    }

    private static long TotalBytes(PartitionRead[] reads) => reads.Sum(read => (long)read.Records.Length);

    /// <summary>One partition's answer: its error code, offsets and the batches read (empty when none).</summary>
    private readonly record struct PartitionRead(short ErrorCode, long HighWatermark, long LogStartOffset, byte[] Records);
}
