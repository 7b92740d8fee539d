using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Serialization;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Reading;

/// <summary>
/// Reads records of one partition on request, from an offset the caller keeps: no prefetching, no group, no state
/// between calls, so it is cheap enough for one read per HTTP request (an <see cref="IConsumer{TKey, TValue}"/> is
/// for reading continuously). Also finds the offsets to start from. Thread-safe; keys and values come as the bytes
/// stored. A partition that does not exist fails with <see cref="ErrorCode.UnknownTopicOrPartition"/>.
/// </summary>
public sealed class PartitionReader(BrokerClient client)
{
    /// <summary>Bytes asked for per fetch (the consumer's max.partition.fetch.bytes default); a fetch returns at least one batch.</summary>
    private const int MaxFetchBytes = 1024 * 1024;

    private readonly RecordDecoder<byte[], byte[]> _decoder = new(Deserializers.ByteArray, Deserializers.ByteArray);

    /// <summary>
    /// Up to <paramref name="maxRecords"/> (at least 1) records from <paramref name="offset"/> on. At the log end it
    /// waits up to <paramref name="maxWait"/> for records to arrive (zero: answers at once); otherwise it returns what
    /// is stored, fewer than asked for only when the log ends first. Below the log start or past the log end it fails
    /// with <see cref="ErrorCode.OffsetOutOfRange"/>, naming the partition and its readable offsets.
    /// </summary>
    public async Task<PartitionRecords> ReadAsync(
        TopicPartition partition, long offset, int maxRecords, TimeSpan maxWait = default, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecords);
        var grain = Grain(partition);
        var records = new List<ConsumeResult<byte[], byte[]>>();
        var next = offset;
        var wait = maxWait;
        while (true)
        {
            var response = await grain.FetchAsync(next, MaxFetchBytes, wait).WaitAsync(cancellationToken);
            var fetchedFrom = next;
            next = _decoder.Decode(partition, response.Records, next, records, maxRecords - records.Count);
            if (records.Count == maxRecords || next >= response.HighWatermark || next == fetchedFrom)
            {
                return new PartitionRecords(partition, records, next, response.HighWatermark, response.LogStartOffset);
            }

            // Only the first fetch waits at the log end; the rest collect what is already stored.
            wait = TimeSpan.Zero;
        }
    }

    /// <summary>The partition's log start offset and high watermark, read together.</summary>
    public async Task<WatermarkOffsets> QueryWatermarkOffsetsAsync(TopicPartition partition, CancellationToken cancellationToken = default)
    {
        var state = await Grain(partition).GetStateAsync().WaitAsync(cancellationToken);
        return new WatermarkOffsets(state.LogStartOffset, state.HighWatermark);
    }

    /// <summary>
    /// The offset of the first record whose timestamp is at or after <paramref name="timestamp"/> (ms since the Unix
    /// epoch, 0 or more), or the high watermark when there is none; as Kafka's offsetsForTimes.
    /// </summary>
    public async Task<long> OffsetForTimestampAsync(TopicPartition partition, long timestamp, CancellationToken cancellationToken = default)
    {
        if (timestamp < 0)
        {
            // The grain would take -1 and -2 for Kafka's latest and earliest sentinels.
            throw new BrokerException(ErrorCode.InvalidRequest, $"Timestamp {timestamp} is not a time: give milliseconds since the Unix epoch (0 or more).");
        }

        return (await Grain(partition).ListOffsetsAsync(timestamp).WaitAsync(cancellationToken)).Offset;
    }

    private IPartitionGrain Grain(TopicPartition partition) =>
        partition.Partition >= 0
            ? client.Cluster.GetGrain<IPartitionGrain>(partition.ToGrainKey())
            : throw new BrokerException(ErrorCode.UnknownTopicOrPartition, $"Topic '{partition.Topic}' has no partition {partition.Partition}: partitions are numbered from 0.");
}
