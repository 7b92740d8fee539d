namespace OrleansBroker.Records;

/// <summary>
/// Byte positions of the fields of a Kafka RecordBatch v2 header. All integers are big-endian.
/// <code>
///  0 baseOffset int64        8 batchLength int32 (bytes after this field)   12 partitionLeaderEpoch int32
/// 16 magic int8 (2)         17 crc uint32 (CRC-32C of bytes 21..end)        21 attributes int16
/// 23 lastOffsetDelta int32  27 baseTimestamp int64   35 maxTimestamp int64  43 producerId int64
/// 51 producerEpoch int16    53 baseSequence int32    57 recordCount int32   61 records...
/// </code>
/// </summary>
public static class RecordBatchLayout
{
    /// <summary>Position of the base offset.</summary>
    public const int BaseOffset = 0;

    /// <summary>Position of the batch length.</summary>
    public const int BatchLength = 8;

    /// <summary>Position of the partition leader epoch.</summary>
    public const int PartitionLeaderEpoch = 12;

    /// <summary>Position of the magic byte.</summary>
    public const int Magic = 16;

    /// <summary>Position of the CRC.</summary>
    public const int Crc = 17;

    /// <summary>Position of the attributes; the CRC covers the batch from here to its end.</summary>
    public const int Attributes = 21;

    /// <summary>Position of the last offset delta.</summary>
    public const int LastOffsetDelta = 23;

    /// <summary>Position of the base (first) timestamp.</summary>
    public const int BaseTimestamp = 27;

    /// <summary>Position of the max timestamp.</summary>
    public const int MaxTimestamp = 35;

    /// <summary>Position of the producer id.</summary>
    public const int ProducerId = 43;

    /// <summary>Position of the producer epoch.</summary>
    public const int ProducerEpoch = 51;

    /// <summary>Position of the base sequence.</summary>
    public const int BaseSequence = 53;

    /// <summary>Position of the record count.</summary>
    public const int RecordCount = 57;

    /// <summary>Size of the header; the first record starts here.</summary>
    public const int HeaderSize = 61;

    /// <summary>Bytes before the batch length's coverage starts (base offset + batch length).</summary>
    public const int LogOverhead = 12;

    /// <summary>The only magic value the broker reads and writes.</summary>
    public const byte CurrentMagic = 2;

    /// <summary>Attributes bits 0-2: the compression codec.</summary>
    public const short CompressionMask = 0x07;

    /// <summary>Attributes bit 3: log-append time.</summary>
    public const short TimestampTypeFlag = 0x08;

    /// <summary>Attributes bit 4: part of a transaction.</summary>
    public const short TransactionalFlag = 0x10;

    /// <summary>Attributes bit 5: a control batch (transaction markers).</summary>
    public const short ControlFlag = 0x20;
}
