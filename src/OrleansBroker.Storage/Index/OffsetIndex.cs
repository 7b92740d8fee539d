using System.Buffers.Binary;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Index;

/// <summary>
/// Maps batch base offsets to byte positions in a segment's .log file, one entry every index.interval.bytes.
/// On disk (<c>NNNNNNNNNNNNNNNNNNNN.index</c>): 8-byte entries, relative offset int32 | position int32, big-endian.
/// A lookup returns the nearest batch at or before an offset; the caller scans forward from there.
/// </summary>
internal sealed class OffsetIndex(ILogFile file, long baseOffset) : SparseIndex<OffsetPosition>(file, baseOffset, EntrySize)
{
    private const int EntrySize = 8;

    /// <summary>The indexed batch at or before <paramref name="offset"/>, or the segment start.</summary>
    public OffsetPosition Lookup(long offset)
    {
        var entries = Entries;
        var at = FloorIndex(entries, offset, inclusive: true, static e => e.Offset);
        return at < 0 ? new OffsetPosition(BaseOffset, 0) : entries[at];
    }

    /// <summary>The largest indexed batch position at or below <paramref name="position"/>; -1 when none.</summary>
    public long FloorPosition(long position)
    {
        var entries = Entries;
        var at = FloorIndex(entries, position, inclusive: true, static e => e.Position);
        return at < 0 ? -1 : entries[at].Position;
    }

    /// <summary>The indexed batch at or before byte <paramref name="position"/>, or the segment start.</summary>
    public OffsetPosition FloorEntry(long position)
    {
        var entries = Entries;
        var at = FloorIndex(entries, position, inclusive: true, static e => e.Position);
        return at < 0 ? new OffsetPosition(BaseOffset, 0) : entries[at];
    }

    /// <summary>Drops entries at or past <paramref name="position"/> (recovery truncated the log there).</summary>
    public void TruncateToPosition(int position) =>
        TruncateToCount(FloorIndex(Entries, position, inclusive: false, static e => e.Position) + 1);

    protected override void Encode(OffsetPosition entry, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32BigEndian(destination, checked((int)(entry.Offset - BaseOffset)));
        BinaryPrimitives.WriteInt32BigEndian(destination[4..], entry.Position);
    }

    protected override OffsetPosition Decode(ReadOnlySpan<byte> source) =>
        new(BaseOffset + BinaryPrimitives.ReadInt32BigEndian(source), BinaryPrimitives.ReadInt32BigEndian(source[4..]));

    protected override bool IsSane(OffsetPosition entry, long logSize) =>
        entry.Offset >= BaseOffset && entry.Position >= 0 && entry.Position < logSize;

    protected override bool Follows(OffsetPosition previous, OffsetPosition next) =>
        next.Offset > previous.Offset && next.Position > previous.Position;
}
