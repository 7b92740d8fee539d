namespace OrleansBroker.Records;

/// <summary>
/// One record read in place from a batch: key, value and headers are slices of the batch's bytes,
/// valid only as long as the buffer they were read from.
/// </summary>
public readonly ref struct Record
{
    internal Record(long offset, long timestamp, ReadOnlySpan<byte> key, bool hasKey, ReadOnlySpan<byte> value, bool hasValue, RecordHeaders headers)
    {
        Offset = offset;
        Timestamp = timestamp;
        Key = key;
        HasKey = hasKey;
        Value = value;
        HasValue = hasValue;
        Headers = headers;
    }

    /// <summary>The record's offset in its partition.</summary>
    public long Offset { get; }

    /// <summary>Milliseconds since the Unix epoch (create time, or the batch's log-append time).</summary>
    public long Timestamp { get; }

    /// <summary>The key bytes; empty when the key is null (see <see cref="HasKey"/>).</summary>
    public ReadOnlySpan<byte> Key { get; }

    /// <summary>False when the key is null, as opposed to empty.</summary>
    public bool HasKey { get; }

    /// <summary>The value bytes; empty when the value is null (see <see cref="HasValue"/>).</summary>
    public ReadOnlySpan<byte> Value { get; }

    /// <summary>False when the value is null (a tombstone), as opposed to empty.</summary>
    public bool HasValue { get; }

    /// <summary>The record's headers, in order.</summary>
    public RecordHeaders Headers { get; }
}
