using Microsoft.Extensions.Logging;
using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;
using OrleansBroker.Storage.Index;

namespace OrleansBroker.Storage.Log;

/// <summary>Opening an existing segment: trust what can be trusted, validate the rest, truncate a torn tail.</summary>
internal sealed partial class LogSegment
{
    /// <summary>
    /// Opens an existing segment. A sealed segment with sane indexes is trusted as it is (no scan: its CRCs are
    /// checked as reads reach its batches), with <paramref name="nextOffset"/> taken from the segment after it; one
    /// whose indexes are missing or corrupt is scanned to rebuild them, and damage found there is reported and kept,
    /// never truncated. The active segment is validated batch by batch from its last index entry (or from the start),
    /// and truncated to the last whole valid batch. <paramref name="files"/> is the directory's listing from before
    /// opening: a missing index must be rebuilt, not trusted as the empty one opening creates.
    /// </summary>
    public static LogSegment Open(ILogDirectory directory, IReadOnlyCollection<string> files, long baseOffset, int indexIntervalBytes, long? nextOffset, ILogger logger)
    {
        var indexesExist = files.Contains(SegmentFiles.OffsetIndexName(baseOffset)) && files.Contains(SegmentFiles.TimeIndexName(baseOffset));
        var segment = new LogSegment(directory, baseOffset, indexIntervalBytes);
        try
        {
            segment.Load(nextOffset, indexesExist, logger);
            return segment;
        }
        catch
        {
            segment.Dispose();
            throw;
        }
    }

    private void Load(long? nextOffset, bool indexesExist, ILogger logger)
    {
        var fileLength = _log.Length;
        var indexesSane = _offsetIndex.Load(fileLength) & _timeIndex.Load(fileLength) & indexesExist;
        // Rolling never seals an empty segment, so an empty sealed file has lost its batches: it is rebuilt and reported.
        if (nextOffset is { } sealedNext && indexesSane && fileLength > 0 && _timeIndex.Count > 0)
        {
            _size = fileLength;
            _nextOffset = sealedNext;
            _largestTimestamp = _timeIndex.Last?.Timestamp ?? -1;
            _unverifiedTo = fileLength;
            _log.Seal();
            return;
        }

        if (nextOffset is { } next)
        {
            LogMessages.RebuildingIndexes(logger, LogPath);
            RebuildSealed(next, fileLength, logger);
            OnRolled();
            return;
        }

        if (!indexesSane)
        {
            LogMessages.RebuildingIndexes(logger, LogPath);
        }

        var start = indexesSane ? _offsetIndex.Lookup(long.MaxValue) : new OffsetPosition(BaseOffset, 0);
        var rebuilt = !indexesSane;
        if (!TryRecoverFrom(start, fileLength, logger) && start.Position > 0)
        {
            // The last index entry does not lead to a valid batch: distrust the indexes and scan it all.
            LogMessages.RebuildingIndexes(logger, LogPath);
            TryRecoverFrom(new OffsetPosition(BaseOffset, 0), fileLength, logger);
            rebuilt = true;
        }

        // Recovery validated every batch from where it started; the ones before were trusted through the index.
        _unverifiedTo = rebuilt ? 0 : start.Position;
        if (rebuilt)
        {
            // Write the rebuilt indexes out now (a shared backend holds them back), so a crash does not repeat the scan.
            FlushIndexes();
        }
    }

    /// <summary>Validates batches from <paramref name="start"/> and truncates after the last valid one. False if the first batch at a nonzero start is invalid.</summary>
    private bool TryRecoverFrom(OffsetPosition start, long fileLength, ILogger logger)
    {
        var problem = ScanFrom(start, fileLength, out var validEnd);
        if (problem is not null && validEnd == start.Position && start.Position > 0)
        {
            return false;
        }

        if (problem is not null)
        {
            LogMessages.TruncatedTornTail(logger, LogPath, validEnd, fileLength - validEnd, problem, _nextOffset);
            _log.Truncate(validEnd);
        }

        return true;
    }

    /// <summary>
    /// Rebuilds a sealed segment's indexes. Damage found on the way is logged as an error and left in place: the
    /// bytes after it are acknowledged records (an operator may recover them), so nothing is truncated. The segment
    /// keeps its whole length and next offset; reads reaching the damage fail (<see cref="CorruptSegmentException"/>).
    /// </summary>
    private void RebuildSealed(long sealedNext, long fileLength, ILogger logger)
    {
        var problem = ScanFrom(new OffsetPosition(BaseOffset, 0), fileLength, out var validEnd);
        if (problem is null && _nextOffset != sealedNext)
        {
            problem = $"its batches end at offset {_nextOffset}, but the next segment starts at offset {sealedNext}";
        }

        if (problem is not null)
        {
            LogMessages.CorruptSealedSegment(logger, LogPath, problem, validEnd, _nextOffset, sealedNext);
            _unverifiedFrom = validEnd;
            _unverifiedTo = fileLength;
            _corruptionReported = 1;
        }

        _size = fileLength;
        _nextOffset = sealedNext;
    }

    /// <summary>Resets the segment to <paramref name="start"/> and indexes the valid batches after it; returns why the scan stopped before the end (null at a clean end).</summary>
    private string? ScanFrom(OffsetPosition start, long fileLength, out long validEnd)
    {
        _offsetIndex.TruncateToPosition(start.Position + 1);
        _timeIndex.TruncateToOffset(start.Offset);
        if (start.Position == 0)
        {
            _offsetIndex.TruncateToCount(0);
            _timeIndex.TruncateToCount(0);
        }

        _size = start.Position;
        _nextOffset = start.Offset;
        _largestTimestamp = _timeIndex.Last?.Timestamp ?? -1;
        _rollTimestamp = -1;
        _bytesSinceLastIndexEntry = 0;

        var scanner = new BatchScanner(_log, start.Position, fileLength, RecoveryChunkBytes);
        validEnd = start.Position;
        var expectedOffset = start.Offset;
        var problem = ScanValidBatches(scanner, ref validEnd, ref expectedOffset);
        _size = validEnd;
        _nextOffset = expectedOffset;
        if (validEnd > 0)
        {
            _rollTimestamp = ReadFirstBatchHeader().MaxTimestamp;
        }

        return problem;
    }

    /// <summary>Indexes every valid batch; returns why scanning stopped before the end, or null at a clean end.</summary>
    private string? ScanValidBatches(BatchScanner scanner, ref long validEnd, ref long expectedOffset)
    {
        while (true)
        {
            var outcome = scanner.Next(withBody: true, out var position, out var header, out var body);
            if (outcome == BatchScanner.Outcome.End)
            {
                return null;
            }

            if (outcome == BatchScanner.Outcome.Torn)
            {
                return $"a torn batch at byte {position}";
            }

            try
            {
                RecordBatchValidator.Validate(body.Span, int.MaxValue);
            }
            catch (InvalidRecordBatchException e)
            {
                return $"an invalid batch at byte {position}: {e.Message}";
            }

            if (header.BaseOffset != expectedOffset)
            {
                return $"a batch at byte {position} with base offset {header.BaseOffset} where {expectedOffset} was expected";
            }

            OnBatchWritten(new BatchPlacement(header.BaseOffset, header.LastOffset, header.MaxTimestamp, header.SizeInBytes), position);
            validEnd = position + header.SizeInBytes;
            expectedOffset = header.NextOffset;
        }
    }

    private RecordBatchHeader ReadFirstBatchHeader()
    {
        Span<byte> header = stackalloc byte[RecordBatchLayout.HeaderSize];
        _log.ReadExactly(header, 0);
        return RecordBatchHeader.Read(header);
    }
}
