using OrleansBroker.Records;

namespace OrleansBroker.Storage;

/// <summary>Retention: delete whole sealed segments by age, by size, or below the log start offset.</summary>
public sealed partial class PartitionLog
{
    /// <summary>
    /// Deletes the oldest sealed segments whose newest record is older than retention.ms, then those beyond
    /// retention.bytes, then those wholly below the log start offset. The active segment is never deleted.
    /// Returns how many segments were deleted.
    /// </summary>
    public int ApplyRetention()
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            var config = Config;
            var now = NowMs();
            var deleted = 0;
            while (SegmentCount > 1 && config.RetentionMs >= 0 && now - _segments.Snapshot[0].LargestTimestamp > config.RetentionMs)
            {
                DeleteOldestSegment("retention.ms");
                deleted++;
            }

            var excess = config.RetentionBytes < 0 ? 0 : SizeInBytes - config.RetentionBytes;
            while (SegmentCount > 1 && excess - _segments.Snapshot[0].Size >= 0 && config.RetentionBytes >= 0)
            {
                excess -= _segments.Snapshot[0].Size;
                DeleteOldestSegment("retention.bytes");
                deleted++;
            }

            return deleted + DeleteSegmentsBelowLogStart();
        }
    }

    /// <summary>
    /// Kafka's DeleteRecords: makes <paramref name="offset"/> the log start offset (persisted), so reads below it
    /// fail, and deletes the sealed segments wholly below it. Offsets at or below the current log start change
    /// nothing; past the high watermark is an <see cref="ErrorCode.OffsetOutOfRange"/> error. Returns the new log start.
    /// </summary>
    public long DeleteRecordsBefore(long offset)
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            if (offset > HighWatermark)
            {
                throw new BrokerException(ErrorCode.OffsetOutOfRange, $"Cannot delete records before offset {offset} in partition {Name}: the high watermark is {HighWatermark}.");
            }

            if (offset > LogStartOffset)
            {
                _checkpoint.Write(offset);
                Volatile.Write(ref _logStartOffset, offset);
                DeleteSegmentsBelowLogStart();
            }

            return LogStartOffset;
        }
    }

    private int DeleteSegmentsBelowLogStart()
    {
        var deleted = 0;
        while (SegmentCount > 1 && _segments.Snapshot[1].BaseOffset <= LogStartOffset)
        {
            DeleteOldestSegment("below the log start offset");
            deleted++;
        }

        return deleted;
    }

    private void DeleteOldestSegment(string reason)
    {
        // The new log start is published before the shorter segment list, so a reader that no longer finds its
        // segment also sees the log start that makes its offset out of range.
        var newStart = Math.Max(LogStartOffset, _segments.Snapshot[1].BaseOffset);
        Volatile.Write(ref _logStartOffset, newStart);
        var oldest = _segments.RemoveOldest();
        oldest.Delete();
        LogMessages.DeletedSegment(_logger, Name, oldest.BaseOffset, reason, newStart);
    }
}
