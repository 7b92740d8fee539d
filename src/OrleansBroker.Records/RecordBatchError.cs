namespace OrleansBroker.Records;

/// <summary>The specific reason a record batch was rejected.</summary>
public enum RecordBatchError
{
    /// <summary>The buffer ends before the header or a record does.</summary>
    Truncated,

    /// <summary>The magic byte is not 2.</summary>
    UnsupportedMagic,

    /// <summary>The batch-length field disagrees with the size of the buffer.</summary>
    LengthMismatch,

    /// <summary>The stored CRC-32C does not match the bytes.</summary>
    CrcMismatch,

    /// <summary>The attributes name a codec that does not exist (5-7).</summary>
    UnsupportedCompression,

    /// <summary>The records of a compressed batch do not decompress with its codec.</summary>
    CorruptCompression,

    /// <summary>The records of a compressed batch decompress past <see cref="RecordBatchValidator.MaxDecompressedRecordsBytes"/>.</summary>
    DecompressedTooLarge,

    /// <summary>The batch is larger than the limit (max.message.bytes).</summary>
    TooLarge,

    /// <summary>The record count in the header disagrees with the records in the batch.</summary>
    RecordCountMismatch,

    /// <summary>The last offset delta in the header disagrees with the records.</summary>
    LastOffsetDeltaMismatch,

    /// <summary>A record is malformed: a bad length, varint, offset delta or header.</summary>
    CorruptRecord,

    /// <summary>The batch is a kind clients may not produce (a control batch, one with no records, or a producer id without epoch or sequence).</summary>
    NotProducible,
}
