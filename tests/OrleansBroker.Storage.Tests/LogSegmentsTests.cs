using OrleansBroker.Storage.Log;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// LogSegments: Floor finds the segment whose base offset is the largest at or below an offset (-1 below the first);
/// the last segment is the active one; adding and removing replace the array, so a snapshot taken earlier never changes.
/// The segments have base offsets 0, 10 and 20.
/// </summary>
public sealed class LogSegmentsTests : FileLogTestBase
{
    [Fact]
    public void Floor_AnyOffset_FindsTheSegmentAtOrBelowIt()
    {
        var segments = CreateSegments(0, 10, 20);
        long[] offsets = [long.MinValue, -1, 0, 9, 10, 11, 19, 20, long.MaxValue];

        Assert.Equal(
            [(long.MinValue, -1), (-1, -1), (0, 0), (9, 0), (10, 1), (11, 1), (19, 1), (20, 2), (long.MaxValue, 2)],
            offsets.Select(offset => (offset, LogSegments.Floor(segments, offset))));
        Assert.Equal(-1, LogSegments.Floor([], 5));
    }

    [Fact]
    public void AddAndRemoveOldest_KeepEarlierSnapshotsUnchanged()
    {
        var list = new LogSegments(CreateSegments(0, 10));
        var before = list.Snapshot;

        list.Add(CreateSegments(20)[0]);
        var oldest = list.RemoveOldest();

        Assert.Equal([0L, 10L], before.Select(segment => segment.BaseOffset));
        Assert.Equal([10L, 20L], list.Snapshot.Select(segment => segment.BaseOffset));
        Assert.Equal((0L, 20L), (oldest.BaseOffset, list.Active.BaseOffset));
    }

    private LogSegment[] CreateSegments(params long[] baseOffsets)
    {
        var segments = baseOffsets.Select(baseOffset => LogSegment.Create(LogDirectory, baseOffset, indexIntervalBytes: 4096)).ToArray();
        foreach (var segment in segments)
        {
            segment.Dispose();
        }

        return segments;
    }
}
