using OrleansBroker.Records;
using OrleansBroker.Storage.Log;

namespace OrleansBroker.Storage;

/// <summary>Reading: whole batches by offset, offset by timestamp, and the tail's batch headers. Lock-free; see the class summary.</summary>
public sealed partial class PartitionLog
{
    /// <summary>
    /// Reads whole batches starting with the one that contains <paramref name="fromOffset"/>, up to
    /// <paramref name="maxBytes"/> but always at least one batch, from one segment. Reading at the log end
    /// returns no records; below the log start or past the end throws <see cref="BrokerException"/> with
    /// <see cref="ErrorCode.OffsetOutOfRange"/>. The first batch may begin before <paramref name="fromOffset"/>.
    /// Batches damaged on disk are never returned: a read stops before one, and a read that starts at one throws
    /// <see cref="BrokerException"/> with <see cref="ErrorCode.KafkaStorageError"/> naming the segment and byte.
    /// </summary>
    public FetchResult Read(long fromOffset, int maxBytes)
    {
        while (true)
        {
            ThrowIfDisposed();
            var highWatermark = HighWatermark;
            var logStart = LogStartOffset;
            if (fromOffset < logStart || fromOffset > highWatermark)
            {
                throw OutOfRange(fromOffset, logStart, highWatermark);
            }

            if (fromOffset == highWatermark)
            {
                return new FetchResult(ReadOnlyMemory<byte>.Empty, highWatermark, logStart);
            }

            if (TryReadSegments(fromOffset, maxBytes, highWatermark, out var records))
            {
                return new FetchResult(records, highWatermark, logStart);
            }

            // A segment was deleted under us by retention (look again with the new log start), or the log was closed.
        }
    }

    /// <summary>
    /// The earliest record whose timestamp is at or after <paramref name="timestamp"/> (ms since the Unix epoch)
    /// and whose offset is at or after the log start and below the high watermark, or null when there is none
    /// (Kafka then answers the log end).
    /// </summary>
    public TimestampOffset? OffsetForTimestamp(long timestamp)
    {
        ThrowIfDisposed();
        var highWatermark = HighWatermark;
        var logStart = LogStartOffset;
        foreach (var segment in _segments.Snapshot)
        {
            if (segment.LargestTimestamp < timestamp || segment.NextOffset <= logStart || !segment.TryAcquire())
            {
                continue;
            }

            try
            {
                if (segment.FindOffsetByTimestamp(timestamp, logStart) is { } found)
                {
                    // A segment can hold a batch a moment before the high watermark covers it; that is not readable yet.
                    return found.Offset < highWatermark ? found : null;
                }
            }
            catch (CorruptSegmentException e)
            {
                throw Reported(segment, e, $"cannot look up timestamp {timestamp}");
            }
            finally
            {
                segment.Release();
            }
        }

        return null;
    }

    /// <summary>
    /// The headers, oldest first, of the batches in at least the last <paramref name="maxBytes"/> of the log (or all of
    /// it) below the high watermark, read without their records: what a partition needs to rebuild state it keeps per
    /// batch, such as its idempotent producers' sequences. The scan starts at a batch the offset index knows, so it may
    /// cover up to one index interval more.
    /// </summary>
    public IReadOnlyList<RecordBatchHeader> ReadTailHeaders(long maxBytes)
    {
        ThrowIfDisposed();
        var highWatermark = HighWatermark;
        var snapshot = _segments.Snapshot;
        var first = snapshot.Length - 1;
        var budget = maxBytes;
        while (first > 0 && snapshot[first].Size < budget)
        {
            budget -= snapshot[first].Size;
            first--;
        }

        var headers = new List<RecordBatchHeader>();
        for (var i = first; i < snapshot.Length; i++)
        {
            // A segment retention has just deleted holds nothing newer than the segments after it: skip it.
            if (snapshot[i].TryAcquire())
            {
                try
                {
                    snapshot[i].ReadHeaders(i == first ? snapshot[i].Size - budget : 0, highWatermark, headers);
                }
                catch (CorruptSegmentException e)
                {
                    throw Reported(snapshot[i], e, "cannot read the headers of its tail");
                }
                finally
                {
                    snapshot[i].Release();
                }
            }
        }

        return headers;
    }

    private bool TryReadSegments(long fromOffset, int maxBytes, long highWatermark, out ReadOnlyMemory<byte> records)
    {
        records = ReadOnlyMemory<byte>.Empty;
        var snapshot = _segments.Snapshot;
        var first = LogSegments.Floor(snapshot, fromOffset);
        if (first < 0)
        {
            // Retention deleted the segment holding fromOffset after the log start was checked; reading the oldest
            // remaining segment instead would skip records, so look again and report OffsetOutOfRange.
            return false;
        }

        for (var i = first; i < snapshot.Length; i++)
        {
            var segment = snapshot[i];
            if (!segment.TryAcquire())
            {
                return false;
            }

            try
            {
                if (segment.Read(fromOffset, maxBytes, highWatermark) is { } found)
                {
                    records = found;
                    return true;
                }
            }
            catch (CorruptSegmentException e)
            {
                throw Reported(segment, e, $"cannot serve offset {fromOffset}");
            }
            finally
            {
                segment.Release();
            }
        }

        return true;
    }

    /// <summary>Logs damage found in <paramref name="segment"/> (once per segment) and makes the error the reader gets.</summary>
    private BrokerException Reported(LogSegment segment, CorruptSegmentException corruption, string failure)
    {
        if (segment.FirstCorruptionReport())
        {
            LogMessages.CorruptSegment(_logger, Name, corruption.Message);
        }

        return new BrokerException(ErrorCode.KafkaStorageError, $"Partition {Name} {failure}: {corruption.Message}.");
    }

    private BrokerException OutOfRange(long offset, long logStart, long logEnd) =>
        new(ErrorCode.OffsetOutOfRange, $"Offset {offset} is out of range for partition {Name}: readable offsets are {logStart} to {logEnd} (log start offset {logStart}, log end offset {logEnd}).");
}
