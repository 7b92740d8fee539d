using OrleansBroker.Abstractions.Topics;

namespace OrleansBroker.Abstractions.Partitions;

/// <summary>
/// One partition's log: the single writer for it in the cluster (Kafka's partition leader). Keyed by
/// <see cref="TopicPartition.ToGrainKey"/>. Batches travel as RecordBatch v2 bytes. Failures throw
/// <see cref="Records.BrokerException"/> with a Kafka error code (UnknownTopicOrPartition, CorruptMessage,
/// MessageTooLarge, OffsetOutOfRange, ...).
/// </summary>
[Alias("OrleansBroker.IPartitionGrain")]
public interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Validates and appends one batch; returns its base offset once it has reached storage.</summary>
    [Alias("Append")]
    Task<ProduceResponse> AppendAsync(byte[] batch);

    /// <summary>
    /// Whole batches from the one containing <paramref name="offset"/>, up to <paramref name="maxBytes"/> (at least one
    /// batch). At the log end, waits up to <paramref name="maxWait"/> for data and returns as soon as some arrives.
    /// </summary>
    [Alias("Fetch")]
    Task<FetchResponse> FetchAsync(long offset, int maxBytes, TimeSpan maxWait);

    /// <summary>
    /// Kafka's ListOffsets: <see cref="ListOffsetsSpec.Earliest"/>, <see cref="ListOffsetsSpec.Latest"/>, or the first
    /// record at or after a timestamp (ms since the Unix epoch; the log end offset when none is).
    /// </summary>
    [Alias("ListOffsets")]
    Task<ListOffsetsResponse> ListOffsetsAsync(long timestamp);

    /// <summary>The partition's offsets and host.</summary>
    [Alias("GetState")]
    Task<PartitionState> GetStateAsync();

    /// <summary>Kafka's DeleteRecords: moves the log start offset up to <paramref name="offset"/>; returns the new log start.</summary>
    [Alias("DeleteRecordsBefore")]
    Task<long> DeleteRecordsBeforeAsync(long offset);

    /// <summary>Applies changed topic configs to the open log (called by the topic registry).</summary>
    [Alias("Reconfigure")]
    Task ReconfigureAsync(TopicMetadata metadata);

    /// <summary>Deletes the partition's data and deactivates (called by the topic registry when the topic is deleted).</summary>
    [Alias("DeleteData")]
    Task DeleteDataAsync();
}
