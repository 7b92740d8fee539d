namespace OrleansBroker.Records;

/// <summary>The headers of one record, enumerated in place without allocation.</summary>
public readonly ref struct RecordHeaders
{
    private readonly ReadOnlySpan<byte> _encoded;

    internal RecordHeaders(ReadOnlySpan<byte> encoded, int count)
    {
        _encoded = encoded;
        Count = count;
    }

    /// <summary>Number of headers.</summary>
    public int Count { get; }

    /// <summary>Enumerates the headers.</summary>
    public Enumerator GetEnumerator() => new(_encoded, Count);

    /// <summary>Walks headers that <see cref="RecordParser"/> has already validated.</summary>
    public ref struct Enumerator
    {
        private ReadOnlySpan<byte> _remaining;
        private int _left;

        internal Enumerator(ReadOnlySpan<byte> encoded, int count)
        {
            _remaining = encoded;
            _left = count;
            Current = default;
        }

        /// <summary>The current header.</summary>
        public RecordHeader Current { get; private set; }

        /// <summary>Moves to the next header.</summary>
        public bool MoveNext()
        {
            if (_left == 0 || !RecordParser.TryReadHeader(ref _remaining, out var header))
            {
                return false;
            }

            _left--;
            Current = header;
            return true;
        }
    }
}
