using OrleansBroker.Abstractions;

namespace OrleansBroker.Client.Reading;

/// <summary>What one <see cref="PartitionReader"/> read returned: the records and where the partition's log stood.</summary>
/// <param name="Partition">The partition read.</param>
/// <param name="Records">The records, in offset order; keys, values and headers as stored (null stays null).</param>
/// <param name="NextOffset">Where to read next: after the last record returned, or the offset asked for when none was.</param>
/// <param name="HighWatermark">The log end offset: the offset after the last stored record.</param>
/// <param name="LogStartOffset">The first offset still retained.</param>
public sealed record PartitionRecords(
    TopicPartition Partition,
    IReadOnlyList<ConsumeResult<byte[], byte[]>> Records,
    long NextOffset,
    long HighWatermark,
    long LogStartOffset);
