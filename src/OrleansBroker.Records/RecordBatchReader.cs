namespace OrleansBroker.Records;

/// <summary>
/// Walks the batches laid end to end in a buffer (a fetch result or a log segment) without allocating.
/// Stops at a trailing partial batch, as a Kafka consumer does with a fetch cut at max bytes.
/// Does not check CRCs; see <see cref="RecordBatchValidator"/> for that.
/// </summary>
public ref struct RecordBatchReader
{
    private ReadOnlySpan<byte> _remaining;

    /// <summary>Creates a reader over <paramref name="batches"/>.</summary>
    public RecordBatchReader(ReadOnlySpan<byte> batches)
    {
        _remaining = batches;
        Current = default;
    }

    /// <summary>The current batch.</summary>
    public RecordBatchView Current { get; private set; }

    /// <summary>Returns this reader, so it can be used in <c>foreach</c>.</summary>
    public readonly RecordBatchReader GetEnumerator() => this;

    /// <summary>Moves to the next whole batch; false at the end or at a partial batch.</summary>
    public bool MoveNext()
    {
        if (_remaining.Length < RecordBatchLayout.HeaderSize)
        {
            return false;
        }

        var header = RecordBatchValidator.ReadHeader(_remaining);
        if (header.SizeInBytes > _remaining.Length)
        {
            return false;
        }

        Current = new RecordBatchView(header, _remaining[..header.SizeInBytes]);
        _remaining = _remaining[header.SizeInBytes..];
        return true;
    }
}
