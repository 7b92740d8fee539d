namespace OrleansBroker.Records;

/// <summary>A record batch was rejected by validation; <see cref="Reason"/> says exactly why.</summary>
public sealed class InvalidRecordBatchException : BrokerException
{
    /// <summary>Creates the exception for <paramref name="reason"/> with a message that names the numbers involved.</summary>
    public InvalidRecordBatchException(RecordBatchError reason, string message)
        : base(CodeFor(reason), message)
    {
        Reason = reason;
    }

    /// <summary>Why the batch was rejected.</summary>
    public RecordBatchError Reason { get; }

    private static ErrorCode CodeFor(RecordBatchError reason) => reason switch
    {
        RecordBatchError.TooLarge or RecordBatchError.DecompressedTooLarge => ErrorCode.MessageTooLarge,
        RecordBatchError.UnsupportedCompression => ErrorCode.UnsupportedCompressionType,
        RecordBatchError.RecordCountMismatch or RecordBatchError.LastOffsetDeltaMismatch
            or RecordBatchError.CorruptRecord or RecordBatchError.NotProducible => ErrorCode.InvalidRecord,
        _ => ErrorCode.CorruptMessage,
    };
}
