using System.Buffers.Binary;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Index;

/// <summary>
/// Finds where to start looking for a timestamp. An entry (T, O) promises: every record with an offset below O
/// has a timestamp of at most T. Entries are added beside offset-index entries, only when T grows, plus one when
/// the segment is rolled (T = the segment's largest timestamp, O = its next offset).
/// On disk (<c>NNNNNNNNNNNNNNNNNNNN.timeindex</c>): 12-byte entries, timestamp int64 | relative offset int32, big-endian.
/// </summary>
internal sealed class TimeIndex(ILogFile file, long baseOffset) : SparseIndex<TimestampOffset>(file, baseOffset, EntrySize)
{
    private const int EntrySize = 12;

    /// <summary>The offset from which records may have a timestamp at or after <paramref name="timestamp"/>.</summary>
    public long Lookup(long timestamp)
    {
        var entries = Entries;
        var at = FloorIndex(entries, timestamp, inclusive: false, static e => e.Timestamp);
        return at < 0 ? BaseOffset : entries[at].Offset;
    }

    /// <summary>Appends (T, O) when T is larger than the last entry's timestamp.</summary>
    public void MaybeAppend(long timestamp, long offset)
    {
        if (Last is { } last && (timestamp <= last.Timestamp || offset <= last.Offset))
        {
            return;
        }

        Append(new TimestampOffset(timestamp, offset));
    }

    /// <summary>Drops entries past <paramref name="offset"/> (recovery truncated the log there).</summary>
    public void TruncateToOffset(long offset)
    {
        var entries = Entries;
        var keep = entries.Length;
        while (keep > 0 && entries[keep - 1].Offset > offset)
        {
            keep--;
        }

        TruncateToCount(keep);
    }

    protected override void Encode(TimestampOffset entry, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt64BigEndian(destination, entry.Timestamp);
        BinaryPrimitives.WriteInt32BigEndian(destination[8..], checked((int)(entry.Offset - BaseOffset)));
    }

    protected override TimestampOffset Decode(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadInt64BigEndian(source), BaseOffset + BinaryPrimitives.ReadInt32BigEndian(source[8..]));

    protected override bool IsSane(TimestampOffset entry, long logSize) => entry.Offset >= BaseOffset;

    protected override bool Follows(TimestampOffset previous, TimestampOffset next) =>
        next.Timestamp > previous.Timestamp && next.Offset > previous.Offset;
}
