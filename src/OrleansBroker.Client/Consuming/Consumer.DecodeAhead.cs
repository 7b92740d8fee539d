namespace OrleansBroker.Client.Consuming;

/// <summary>
/// Double buffering: while the caller takes the current chunk's records, the next queued chunk is decoded on the
/// thread pool, so decoding overlaps consuming, yet at most two chunks are ever decoded (records stay young for
/// the GC). Their lists are reused. Everything here runs under the consumer's lock, except the decoding itself.
/// </summary>
internal sealed partial class Consumer<TKey, TValue>
{
    private const int SpareListsKept = 2;
    private readonly Stack<List<ConsumeResult<TKey, TValue>>> _spareLists = new();
    private List<ConsumeResult<TKey, TValue>> _currentRecords = [];

    /// <summary>The current chunk's records, decoding them here unless decoding ahead already has (or is).</summary>
    private void DecodeCurrent(FetchedChunk<TKey, TValue> chunk)
    {
        chunk.DecodingScheduled = true;
        var list = RentList();
        _currentRecords = chunk.Decode(_decoder, list);
        if (_currentRecords != list)
        {
            ReturnList(list);
        }

        DecodeAhead();
    }

    /// <summary>Starts decoding the next queued chunk in the background, unless it is an error or already started.</summary>
    private void DecodeAhead()
    {
        if (_chunks.Reader.TryPeek(out var next) && next.Error is null && !next.DecodingScheduled && next.Fetcher.IsCurrent)
        {
            next.DecodingScheduled = true;
            var list = RentList();
            ThreadPool.UnsafeQueueUserWorkItem(
                static state => state.Chunk.Decode(state.Decoder, state.List),
                (Chunk: next, Decoder: _decoder, List: list),
                preferLocal: false);
        }
    }

    /// <summary>Gives back the finished chunk's list for another chunk.</summary>
    private void ReleaseCurrentRecords()
    {
        ReturnList(_currentRecords);
        _currentRecords = [];
    }

    private List<ConsumeResult<TKey, TValue>> RentList() => _spareLists.TryPop(out var list) ? list : [];

    private void ReturnList(List<ConsumeResult<TKey, TValue>> list)
    {
        list.Clear();
        if (_spareLists.Count < SpareListsKept)
        {
            _spareLists.Push(list);
        }
    }
}
