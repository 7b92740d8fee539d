using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Index;

/// <summary>
/// A sparse index file of fixed-size big-endian entries appended one after another (no header, no
/// preallocation), mirrored in memory for lookups. Each entry is written to the file when it is appended,
/// so it survives a kill of the process; a crash may leave a partial last entry, which <see cref="Load"/> drops.
/// Thread-safety: one writer (<see cref="Append"/>, <see cref="TruncateToCount"/>, <see cref="Load"/>) and any
/// number of concurrent readers; readers see a prefix of the entries, never a torn one.
/// </summary>
internal abstract class SparseIndex<TEntry> : IDisposable
    where TEntry : struct
{
    private readonly ILogFile _file;
    private readonly int _entrySize;
    private TEntry[] _entries = new TEntry[16];
    private int _count;

    protected SparseIndex(ILogFile file, long baseOffset, int entrySize)
    {
        _file = file;
        BaseOffset = baseOffset;
        _entrySize = entrySize;
    }

    /// <summary>The index file's name.</summary>
    public string Name => _file.Name;

    /// <summary>Base offset of the segment; entries store offsets relative to it.</summary>
    public long BaseOffset { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The last entry, or null when the index is empty.</summary>
    public TEntry? Last => Count == 0 ? null : Entries[^1];

    /// <summary>A consistent snapshot of the entries.</summary>
    protected ReadOnlySpan<TEntry> Entries
    {
        get
        {
            // Count first: any array published after it holds at least that many entries.
            var count = Volatile.Read(ref _count);
            return Volatile.Read(ref _entries).AsSpan(0, count);
        }
    }

    /// <summary>
    /// Reads the file into memory, dropping a partial last entry. Returns false when the entries are not
    /// strictly increasing or point outside the log, so the caller can rebuild the index; the index and its
    /// file are then left empty, so the rebuilt entries are not followed by stale ones.
    /// </summary>
    public bool Load(long logSize)
    {
        var length = _file.Length;
        var whole = (int)(length / _entrySize);
        var bytes = new byte[whole * _entrySize];
        _file.ReadExactly(bytes, 0);
        if (length != bytes.Length)
        {
            _file.Truncate(bytes.Length);
        }

        var entries = new TEntry[Math.Max(16, whole)];
        for (var i = 0; i < whole; i++)
        {
            entries[i] = Decode(bytes.AsSpan(i * _entrySize, _entrySize));
            if (!IsSane(entries[i], logSize) || (i > 0 && !Follows(entries[i - 1], entries[i])))
            {
                Volatile.Write(ref _count, 0);
                _file.Truncate(0);
                return false;
            }
        }

        _entries = entries;
        Volatile.Write(ref _count, whole);
        return true;
    }

    /// <summary>Writes <paramref name="entry"/> to the file, then publishes it to readers.</summary>
    public void Append(TEntry entry)
    {
        var encoded = new byte[_entrySize];
        Encode(entry, encoded);
        _file.Write([encoded], (long)_count * _entrySize);

        if (_count == _entries.Length)
        {
            var grown = new TEntry[_entries.Length * 2];
            _entries.AsSpan().CopyTo(grown);
            Volatile.Write(ref _entries, grown);
        }

        _entries[_count] = entry;
        Volatile.Write(ref _count, _count + 1);
    }

    /// <summary>Keeps the first <paramref name="count"/> entries; used by recovery, before readers exist.</summary>
    public void TruncateToCount(int count)
    {
        if (count >= _count)
        {
            return;
        }

        Volatile.Write(ref _count, count);
        _file.Truncate((long)count * _entrySize);
    }

    /// <summary>Makes the entries durable.</summary>
    public void Flush() => _file.Flush();

    /// <summary>Removes the index file; lookups keep working on the entries in memory.</summary>
    public void Delete() => _file.Delete();

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    /// <summary>Index of the last entry whose key is below <paramref name="target"/> (or equal, when <paramref name="inclusive"/>); -1 if none.</summary>
    protected static int FloorIndex(ReadOnlySpan<TEntry> entries, long target, bool inclusive, Func<TEntry, long> keyOf)
    {
        int low = 0, high = entries.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var key = keyOf(entries[mid]);
            if (key < target || (inclusive && key == target))
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Writes an entry in its on-disk form.</summary>
    protected abstract void Encode(TEntry entry, Span<byte> destination);

    /// <summary>Reads an entry from its on-disk form.</summary>
    protected abstract TEntry Decode(ReadOnlySpan<byte> source);

    /// <summary>True when an entry read from disk is plausible for a log of <paramref name="logSize"/> bytes.</summary>
    protected abstract bool IsSane(TEntry entry, long logSize);

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/>.</summary>
    protected abstract bool Follows(TEntry previous, TEntry next);
}
