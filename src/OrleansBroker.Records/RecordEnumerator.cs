using System.Buffers;

namespace OrleansBroker.Records;

/// <summary>
/// Enumerates the records of one batch: in place when uncompressed, otherwise from the records decompressed once into
/// a pooled buffer that <see cref="Dispose"/> (called by <c>foreach</c>) gives back. Offsets are base offset + delta;
/// timestamps are base timestamp + delta, or the batch's max timestamp under log-append time. A malformed record
/// or undecodable compressed data throws <see cref="InvalidRecordBatchException"/>.
/// </summary>
public ref struct RecordEnumerator
{
    private readonly RecordBatchHeader _header;
    private byte[]? _decompressed;
    private ReadOnlySpan<byte> _remaining;
    private int _read;

    internal RecordEnumerator(RecordBatchHeader header, ReadOnlySpan<byte> records)
    {
        _header = header;
        _remaining = records;
        _read = 0;
        Current = default;
        if (header.Compression != CompressionType.None)
        {
            var decompressed = RecordDecompressor.Decompress(header.Compression, records);
            _decompressed = decompressed.Array;
            _remaining = decompressed.Span;
        }
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

    /// <summary>Returns the decompression buffer to the pool; records read before are invalid afterwards.</summary>
    public void Dispose()
    {
        if (_decompressed is not null)
        {
            ArrayPool<byte>.Shared.Return(_decompressed);
            _decompressed = null;
            _remaining = default;
        }
    }
}
