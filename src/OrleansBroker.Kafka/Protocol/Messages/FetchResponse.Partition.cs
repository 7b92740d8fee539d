namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>The partitions of a Fetch response.</summary>
public sealed partial class FetchResponse
{
    /// <summary>What was read from one partition, with its watermarks.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>0, or why nothing was read (1: offset out of range, 3: unknown topic or partition, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>The high watermark: the offset after the last record consumers may read.</summary>
        public long HighWatermark { get; set; }

        /// <summary>The last stable offset, -1 when unknown; without transactions, the high watermark.</summary>
        public long LastStableOffset { get; set; } = -1;

        /// <summary>The log start offset, -1 when unknown (v5+).</summary>
        public long LogStartOffset { get; set; } = -1;

        /// <summary>The aborted transactions in range, or null (read committed only).</summary>
        public IReadOnlyList<AbortedTransaction>? AbortedTransactions { get; set; }

        /// <summary>The replica the consumer should read from next, -1 for the leader (v11+).</summary>
        public int PreferredReadReplica { get; set; } = -1;

        /// <summary>The record batches read, laid end to end and untouched, or null.</summary>
        public ReadOnlyMemory<byte>? Records { get; set; }

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition
            {
                PartitionIndex = reader.ReadInt32("Partitions.PartitionIndex"),
                ErrorCode = reader.ReadInt16("Partitions.ErrorCode"),
                HighWatermark = reader.ReadInt64("Partitions.HighWatermark"),
                LastStableOffset = reader.ReadInt64("Partitions.LastStableOffset"),
            };
            if (version >= 5)
            {
                partition.LogStartOffset = reader.ReadInt64("Partitions.LogStartOffset");
            }

            partition.AbortedTransactions = reader.ReadNullableArray<AbortedTransaction>("Partitions.AbortedTransactions", version);
            if (version >= 11)
            {
                partition.PreferredReadReplica = reader.ReadInt32("Partitions.PreferredReadReplica");
            }

            partition.Records = reader.ReadNullableBytes("Partitions.Records");
            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt16(ErrorCode);
            writer.WriteInt64(HighWatermark);
            writer.WriteInt64(LastStableOffset);
            if (version >= 5)
            {
                writer.WriteInt64(LogStartOffset);
            }

            writer.WriteNullableArray(AbortedTransactions, version);
            if (version >= 11)
            {
                writer.WriteInt32(PreferredReadReplica);
            }

            writer.WriteNullableBytes(Records);
        }
    }
}
