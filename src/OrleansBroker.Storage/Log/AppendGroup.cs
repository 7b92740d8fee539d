namespace OrleansBroker.Storage.Log;

/// <summary>Batches gathered for one write call to the active segment, with where each one's result goes.</summary>
internal sealed class AppendGroup
{
    private readonly List<ReadOnlyMemory<byte>> _batches = [];
    private readonly List<BatchPlacement> _placements = [];
    private readonly List<int> _resultIndexes = [];

    public int Count => _batches.Count;

    public long Bytes { get; private set; }

    public long RecordCount { get; private set; }

    public IReadOnlyList<ReadOnlyMemory<byte>> Batches => _batches;

    public ReadOnlySpan<BatchPlacement> Placements => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_placements);

    public IReadOnlyList<int> ResultIndexes => _resultIndexes;

    public void Add(int resultIndex, ReadOnlyMemory<byte> batch, AppendInfo info, int size)
    {
        _batches.Add(batch);
        _placements.Add(new BatchPlacement(info.FirstOffset, info.LastOffset, info.MaxTimestamp, size));
        _resultIndexes.Add(resultIndex);
        Bytes += size;
        RecordCount += info.RecordCount;
    }

    public void Clear()
    {
        _batches.Clear();
        _placements.Clear();
        _resultIndexes.Clear();
        Bytes = 0;
        RecordCount = 0;
    }
}
