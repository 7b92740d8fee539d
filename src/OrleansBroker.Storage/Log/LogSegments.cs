namespace OrleansBroker.Storage.Log;

/// <summary>
/// The segments of one log, sorted by base offset; the last is the active segment. The writer replaces the
/// array on every change, so a reader's <see cref="Snapshot"/> never changes under it.
/// </summary>
internal sealed class LogSegments(IEnumerable<LogSegment> segments)
{
    private LogSegment[] _segments = [.. segments];

    /// <summary>The segments as they are now; the array is never modified afterwards.</summary>
    public LogSegment[] Snapshot => Volatile.Read(ref _segments);

    /// <summary>The segment appends go to.</summary>
    public LogSegment Active => Snapshot[^1];

    /// <summary>Bytes in all segments.</summary>
    public long TotalSize => Snapshot.Sum(segment => segment.Size);

    /// <summary>Index in <paramref name="snapshot"/> of the segment whose base offset is the largest at or below <paramref name="offset"/>; -1 if none.</summary>
    public static int Floor(LogSegment[] snapshot, long offset)
    {
        int low = 0, high = snapshot.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (snapshot[mid].BaseOffset <= offset)
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

    /// <summary>Makes <paramref name="segment"/> the new active segment.</summary>
    public void Add(LogSegment segment) => Volatile.Write(ref _segments, [.. _segments, segment]);

    /// <summary>Takes the oldest segment out of the list (the caller deletes it).</summary>
    public LogSegment RemoveOldest()
    {
        var oldest = _segments[0];
        Volatile.Write(ref _segments, _segments[1..]);
        return oldest;
    }
}
