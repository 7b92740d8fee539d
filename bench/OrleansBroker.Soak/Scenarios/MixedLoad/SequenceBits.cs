namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// One bit per sequence number of a producer's stream (acknowledged, read, ...), growing in 1 Mi-bit chunks as
/// sequences grow: a 10-minute soak of hundreds of millions of records needs a few bits per record, not a dictionary
/// entry. Thread-safe: bits are set with interlocked operations, chunks added under a lock.
/// </summary>
internal sealed class SequenceBits
{
    private const int ChunkShift = 20;
    private const long ChunkMask = (1L << ChunkShift) - 1;
    private readonly object _growLock = new();
    private volatile ulong[]?[] _chunks = new ulong[]?[16];

    /// <summary>Sets the bit of <paramref name="sequence"/>; true when it was not set before.</summary>
    public bool Set(long sequence)
    {
        var chunk = ChunkFor(sequence);
        var bit = sequence & ChunkMask;
        var mask = 1UL << (int)(bit & 63);
        return (Interlocked.Or(ref chunk[bit >> 6], mask) & mask) == 0;
    }

    /// <summary>How many sequences are set here and not in <paramref name="other"/>.</summary>
    public long CountNotIn(SequenceBits other)
    {
        long count = 0;
        var mine = _chunks;
        var theirs = other._chunks;
        for (var c = 0; c < mine.Length; c++)
        {
            if (mine[c] is not { } chunk)
            {
                continue;
            }

            var otherChunk = c < theirs.Length ? theirs[c] : null;
            for (var i = 0; i < chunk.Length; i++)
            {
                count += (long)ulong.PopCount(Volatile.Read(ref chunk[i]) & ~(otherChunk is null ? 0 : Volatile.Read(ref otherChunk[i])));
            }
        }

        return count;
    }

    private ulong[] ChunkFor(long sequence)
    {
        var index = (int)(sequence >> ChunkShift);
        var chunks = _chunks;
        if (index < chunks.Length && chunks[index] is { } existing)
        {
            return existing;
        }

        lock (_growLock)
        {
            chunks = _chunks;
            if (index >= chunks.Length)
            {
                Array.Resize(ref chunks, Math.Max(index + 1, chunks.Length * 2));
            }

            var chunk = chunks[index] ??= new ulong[(1 << ChunkShift) / 64];
            _chunks = chunks;
            return chunk;
        }
    }
}
