using System.Buffers.Binary;

namespace OrleansBroker.Records;

/// <summary>
/// The fixed 61-byte header of a RecordBatch v2, read without validation
/// (see <see cref="RecordBatchValidator"/> for that).
/// </summary>
public readonly record struct RecordBatchHeader
{
    /// <summary>Offset of the first record.</summary>
    public long BaseOffset { get; init; }

    /// <summary>Bytes of the batch after the batch-length field.</summary>
    public int BatchLength { get; init; }

    /// <summary>The leader epoch stamped by the broker (Kafka replication; kept as sent).</summary>
    public int PartitionLeaderEpoch { get; init; }

    /// <summary>Format version; 2 for every batch the broker accepts.</summary>
    public byte Magic { get; init; }

    /// <summary>CRC-32C stored in the batch.</summary>
    public uint Crc { get; init; }

    /// <summary>Compression, timestamp type, transactional and control bits.</summary>
    public short Attributes { get; init; }

    /// <summary>Offset of the last record minus <see cref="BaseOffset"/>.</summary>
    public int LastOffsetDelta { get; init; }

    /// <summary>Timestamp of the first record (ms since the Unix epoch); records store deltas from it.</summary>
    public long BaseTimestamp { get; init; }

    /// <summary>Largest record timestamp, or the log-append time for <see cref="TimestampType.LogAppendTime"/>.</summary>
    public long MaxTimestamp { get; init; }

    /// <summary>Idempotent producer id, or -1.</summary>
    public long ProducerId { get; init; }

    /// <summary>Idempotent producer epoch, or -1.</summary>
    public short ProducerEpoch { get; init; }

    /// <summary>Idempotent sequence of the first record, or -1.</summary>
    public int BaseSequence { get; init; }

    /// <summary>Number of records in the batch.</summary>
    public int RecordCount { get; init; }

    /// <summary>Total bytes of the batch, header included.</summary>
    public int SizeInBytes => BatchLength + RecordBatchLayout.LogOverhead;

    /// <summary>Offset of the last record.</summary>
    public long LastOffset => BaseOffset + LastOffsetDelta;

    /// <summary>Offset the next batch starts at.</summary>
    public long NextOffset => LastOffset + 1;

    /// <summary>True when an idempotent producer sent the batch: it carries a producer id, and with it an epoch and sequence.</summary>
    public bool HasProducerId => ProducerId >= 0;

    /// <summary>Idempotent sequence of the last record (<see cref="ProducerSequence.Increment"/>), or -1 without a base sequence.</summary>
    public int LastSequence => BaseSequence < 0 ? -1 : ProducerSequence.Increment(BaseSequence, LastOffsetDelta);

    /// <summary>The codec of the records.</summary>
    public CompressionType Compression => (CompressionType)(Attributes & RecordBatchLayout.CompressionMask);

    /// <summary>What the timestamps mean.</summary>
    public TimestampType TimestampType =>
        (Attributes & RecordBatchLayout.TimestampTypeFlag) != 0 ? TimestampType.LogAppendTime : TimestampType.CreateTime;

    /// <summary>True for a control batch (transaction markers), which carries no user records.</summary>
    public bool IsControl => (Attributes & RecordBatchLayout.ControlFlag) != 0;

    /// <summary>True when the batch is part of a transaction.</summary>
    public bool IsTransactional => (Attributes & RecordBatchLayout.TransactionalFlag) != 0;

    /// <summary>Reads the header at the start of <paramref name="batch"/>, which must hold at least <see cref="RecordBatchLayout.HeaderSize"/> bytes.</summary>
    public static RecordBatchHeader Read(ReadOnlySpan<byte> batch)
    {
        if (batch.Length < RecordBatchLayout.HeaderSize)
        {
            throw new BrokerException(
                ErrorCode.CorruptMessage,
                $"Record batch is truncated: {batch.Length} bytes is less than the {RecordBatchLayout.HeaderSize}-byte header.");
        }

        return new RecordBatchHeader
        {
            BaseOffset = BinaryPrimitives.ReadInt64BigEndian(batch[RecordBatchLayout.BaseOffset..]),
            BatchLength = BinaryPrimitives.ReadInt32BigEndian(batch[RecordBatchLayout.BatchLength..]),
            PartitionLeaderEpoch = BinaryPrimitives.ReadInt32BigEndian(batch[RecordBatchLayout.PartitionLeaderEpoch..]),
            Magic = batch[RecordBatchLayout.Magic],
            Crc = BinaryPrimitives.ReadUInt32BigEndian(batch[RecordBatchLayout.Crc..]),
            Attributes = BinaryPrimitives.ReadInt16BigEndian(batch[RecordBatchLayout.Attributes..]),
            LastOffsetDelta = BinaryPrimitives.ReadInt32BigEndian(batch[RecordBatchLayout.LastOffsetDelta..]),
            BaseTimestamp = BinaryPrimitives.ReadInt64BigEndian(batch[RecordBatchLayout.BaseTimestamp..]),
            MaxTimestamp = BinaryPrimitives.ReadInt64BigEndian(batch[RecordBatchLayout.MaxTimestamp..]),
            ProducerId = BinaryPrimitives.ReadInt64BigEndian(batch[RecordBatchLayout.ProducerId..]),
            ProducerEpoch = BinaryPrimitives.ReadInt16BigEndian(batch[RecordBatchLayout.ProducerEpoch..]),
            BaseSequence = BinaryPrimitives.ReadInt32BigEndian(batch[RecordBatchLayout.BaseSequence..]),
            RecordCount = BinaryPrimitives.ReadInt32BigEndian(batch[RecordBatchLayout.RecordCount..]),
        };
    }
}
