using System.Buffers.Binary;

namespace OrleansBroker.Records;

/// <summary>The fields the broker writes into a batch as it appends it.</summary>
public static class RecordBatchStamp
{
    /// <summary>Writes the base offset. The CRC does not cover it, so the batch stays valid.</summary>
    public static void SetBaseOffset(Span<byte> batch, long baseOffset) =>
        BinaryPrimitives.WriteInt64BigEndian(batch[RecordBatchLayout.BaseOffset..], baseOffset);

    /// <summary>
    /// Sets the idempotent producer id, epoch and base sequence, and recomputes the CRC (it covers them). Used by a
    /// producer whose batches were sealed before it knew the sequence they must carry.
    /// </summary>
    public static void SetProducer(Span<byte> batch, long producerId, short producerEpoch, int baseSequence)
    {
        BinaryPrimitives.WriteInt64BigEndian(batch[RecordBatchLayout.ProducerId..], producerId);
        BinaryPrimitives.WriteInt16BigEndian(batch[RecordBatchLayout.ProducerEpoch..], producerEpoch);
        BinaryPrimitives.WriteInt32BigEndian(batch[RecordBatchLayout.BaseSequence..], baseSequence);
        BinaryPrimitives.WriteUInt32BigEndian(batch[RecordBatchLayout.Crc..], Crc32C.Compute(batch[RecordBatchLayout.Attributes..]));
    }

    /// <summary>
    /// Sets the timestamp type and max timestamp, and recomputes the CRC (both fields are covered by it).
    /// Used for log-append time and to correct a max timestamp that disagrees with the records.
    /// </summary>
    public static void SetMaxTimestamp(Span<byte> batch, TimestampType type, long maxTimestamp)
    {
        var attributes = BinaryPrimitives.ReadInt16BigEndian(batch[RecordBatchLayout.Attributes..]);
        attributes = type == TimestampType.LogAppendTime
            ? (short)(attributes | RecordBatchLayout.TimestampTypeFlag)
            : (short)(attributes & ~RecordBatchLayout.TimestampTypeFlag);
        BinaryPrimitives.WriteInt16BigEndian(batch[RecordBatchLayout.Attributes..], attributes);
        BinaryPrimitives.WriteInt64BigEndian(batch[RecordBatchLayout.MaxTimestamp..], maxTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(batch[RecordBatchLayout.Crc..], Crc32C.Compute(batch[RecordBatchLayout.Attributes..]));
    }
}
