namespace OrleansBroker.Records;

/// <summary>One batch read in place: its header, its bytes and its records.</summary>
public readonly ref struct RecordBatchView
{
    internal RecordBatchView(RecordBatchHeader header, ReadOnlySpan<byte> bytes)
    {
        Header = header;
        Bytes = bytes;
    }

    /// <summary>The batch header.</summary>
    public RecordBatchHeader Header { get; }

    /// <summary>The whole batch, header included.</summary>
    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>
    /// The batch's records, with absolute offsets and timestamps. A compressed batch is decompressed on each access,
    /// into a pooled buffer that <c>foreach</c> returns when it ends.
    /// </summary>
    public RecordEnumerator Records => new(Header, Bytes[RecordBatchLayout.HeaderSize..]);
}
