namespace OrleansBroker.Records;

/// <summary>
/// Enumerates the records of one uncompressed batch in place. Offsets are base offset + delta; timestamps are
/// base timestamp + delta, or the batch's max timestamp under log-append time. A malformed record throws
/// <see cref="InvalidRecordBatchException"/>.
/// </summary>
public ref struct RecordEnumerator
{
    private readonly RecordBatchHeader _header;
    private ReadOnlySpan<byte> _remaining;
    private int _read;

    internal RecordEnumerator(RecordBatchHeader header, ReadOnlySpan<byte> records)
    {
        if (header.Compression != CompressionType.None)
        {
            throw new InvalidRecordBatchException(
                RecordBatchError.UnsupportedCompression,
                $"Batch at offset {header.BaseOffset} is compressed with {header.Compression}; only uncompressed batches can be read.");
        }

        _header = header;
        _remaining = records;
        _read = 0;
        Current = default;
    }

    /// <summary>The current record.</summary>
    public Record Current { get; private set; }

    /// <summary>Returns this enumerator, so it can be used in <c>foreach</c>.</summary>
    public readonly RecordEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next record.</summary>
    public bool MoveNext()
    {
        if (_read == _header.RecordCount)
        {
            return false;
        }

        long? logAppendTime = _header.TimestampType == TimestampType.LogAppendTime ? _header.MaxTimestamp : null;
        var status = RecordParser.TryReadRecord(
            _remaining, _header.BaseOffset, _header.BaseTimestamp, logAppendTime, out var record, out _, out var consumed, out var problem);
        if (status != RecordParser.Status.Ok)
        {
            throw new InvalidRecordBatchException(RecordBatchError.CorruptRecord, $"Record {_read} of the batch at offset {_header.BaseOffset} is invalid: {problem}.");
        }

        Current = record;
        _remaining = _remaining[consumed..];
        _read++;
        return true;
    }
}
