using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;
using OrleansBroker.Storage.Index;

namespace OrleansBroker.Storage.Log;

/// <summary>
/// One segment of a partition log: a .log file of RecordBatch v2 batches, exactly as appended, plus a sparse
/// <see cref="OffsetIndex"/> and <see cref="TimeIndex"/>, in the partition's <see cref="ILogDirectory"/>.
/// Named by its base offset (<see cref="SegmentFiles"/>).
/// Thread-safety: one writer (append, recovery, roll) and any number of concurrent readers. The writer writes
/// bytes and index entries first and publishes the new size last, so readers only ever see whole batches.
/// Deletion is reference-counted: files are removed at once, handles closed when the last reader is done.
/// Integrity: a read serves only batches that pass <see cref="BatchIntegrity"/>; their CRC is checked where this
/// process has not validated the bytes itself (what opening trusted without a scan), so damage done on disk is
/// reported (<see cref="CorruptSegmentException"/>), never served, while fresh data costs no second check.
/// </summary>
internal sealed partial class LogSegment : IDisposable
{
    private const int ScanChunkBytes = 64 * 1024;
    private const int RecoveryChunkBytes = 1024 * 1024;

    private readonly ILogFile _log;
    private readonly OffsetIndex _offsetIndex;
    private readonly TimeIndex _timeIndex;
    private readonly int _indexIntervalBytes;
    private long _size;
    private long _nextOffset;
    private long _largestTimestamp = -1;
    private long _rollTimestamp = -1;
    private int _bytesSinceLastIndexEntry;
    private int _references = 1;

    private LogSegment(ILogDirectory directory, long baseOffset, int indexIntervalBytes)
    {
        BaseOffset = baseOffset;
        _nextOffset = baseOffset;
        _indexIntervalBytes = indexIntervalBytes;
        LogPath = Path.Combine(directory.Location, SegmentFiles.LogName(baseOffset));
        _log = directory.Open(SegmentFiles.LogName(baseOffset), LogFileKind.Data);
        try
        {
            _offsetIndex = new OffsetIndex(directory.Open(SegmentFiles.OffsetIndexName(baseOffset), LogFileKind.Index), baseOffset);
            _timeIndex = new TimeIndex(directory.Open(SegmentFiles.TimeIndexName(baseOffset), LogFileKind.Index), baseOffset);
        }
        catch
        {
            _log.Dispose();
            _offsetIndex?.Dispose();
            throw;
        }
    }

    /// <summary>The segment's .log file, for messages.</summary>
    public string LogPath { get; }

    /// <summary>Offset of the first batch the segment may hold.</summary>
    public long BaseOffset { get; }

    /// <summary>Bytes of whole batches published to readers.</summary>
    public long Size => Volatile.Read(ref _size);

    /// <summary>Offset after the last batch published.</summary>
    public long NextOffset => Volatile.Read(ref _nextOffset);

    /// <summary>The largest record timestamp in the segment; -1 when empty.</summary>
    public long LargestTimestamp => Volatile.Read(ref _largestTimestamp);

    /// <summary>Max timestamp of the first batch, which segment.ms counts from; -1 when empty.</summary>
    public long RollTimestamp => Volatile.Read(ref _rollTimestamp);

    /// <summary>Creates an empty segment, replacing any files left at that name.</summary>
    public static LogSegment Create(ILogDirectory directory, long baseOffset, int indexIntervalBytes)
    {
        directory.Delete(SegmentFiles.LogName(baseOffset));
        directory.Delete(SegmentFiles.OffsetIndexName(baseOffset));
        directory.Delete(SegmentFiles.TimeIndexName(baseOffset));
        return new LogSegment(directory, baseOffset, indexIntervalBytes);
    }

    /// <summary>Writes <paramref name="batches"/> with one gathered write at the end of the file, then indexes and publishes them.</summary>
    public void Append(IReadOnlyList<ReadOnlyMemory<byte>> batches, ReadOnlySpan<BatchPlacement> placements)
    {
        var position = _size;
        try
        {
            _log.Write(batches, position);
        }
        catch (Exception e) when (e is not LogFencedException)
        {
            // Leave no partial batch behind the published size. (When fenced, the bytes there are the new owner's.)
            _log.Truncate(position);
            throw;
        }

        foreach (var placement in placements)
        {
            OnBatchWritten(placement, position);
            position += placement.Size;
        }

        Volatile.Write(ref _size, position);
        Volatile.Write(ref _nextOffset, placements[^1].LastOffset + 1);
    }

    /// <summary>True when the .log file can take one more write of <paramref name="bytes"/> bytes (see <see cref="ILogFile.HasRoomFor"/>).</summary>
    public bool HasRoomFor(long bytes) => _log.HasRoomFor(bytes);

    /// <summary>
    /// Seals the segment when a newer one becomes active: records its largest timestamp in the time index, writes the
    /// indexes out and lets the .log file release what writing holds (<see cref="ILogFile.Seal"/>).
    /// </summary>
    public void OnRolled()
    {
        if (Size > 0)
        {
            _timeIndex.MaybeAppend(LargestTimestamp, NextOffset);
        }

        // A shared backend holds index writes back until a flush (LogFileKind.Index), and a sealed segment gets no
        // more of them: write them now, or they wait in memory for the log's close and a crash before it makes the
        // next open rebuild this segment's indexes by reading all of it.
        FlushIndexes();
        _log.Seal();
    }

    /// <summary>
    /// Reads whole batches from the one containing <paramref name="fromOffset"/>, up to <paramref name="maxBytes"/>
    /// but at least one batch, and none starting at or after <paramref name="endOffset"/> (the high watermark the
    /// caller checked against). Returns null when the segment has nothing at or after <paramref name="fromOffset"/>.
    /// Stops before a damaged batch; throws <see cref="CorruptSegmentException"/> when the first one is damaged.
    /// </summary>
    public ReadOnlyMemory<byte>? Read(long fromOffset, int maxBytes, long endOffset)
    {
        var size = Size;
        var start = _offsetIndex.Lookup(fromOffset);
        var scanner = new BatchScanner(_log, start.Position, size, ScanChunkBytes);
        if (!TryFindBatch(scanner, fromOffset, start.Offset, out var position, out var first))
        {
            return null;
        }

        // The scan has read the start of the batches already (often all of them): read only the rest.
        var buffer = new byte[ReadEnd(position, first.SizeInBytes, maxBytes, size) - position];
        var scanned = scanner.CopyRead(position, buffer);
        if (scanned < buffer.Length)
        {
            _log.ReadExactly(buffer.AsSpan(scanned), position + scanned);
        }

        return buffer.AsMemory(0, ServableLength(buffer, position, first.BaseOffset, endOffset));
    }

    /// <summary>
    /// Adds to <paramref name="headers"/> the headers of the batches from the indexed one at or before byte
    /// <paramref name="fromPosition"/> to the end of the segment, stopping at the first that starts at or after
    /// <paramref name="endOffset"/>. Reads headers only (a chunk at a time), never whole batches; throws
    /// <see cref="CorruptSegmentException"/> at a header that is not the next batch's.
    /// </summary>
    public void ReadHeaders(long fromPosition, long endOffset, List<RecordBatchHeader> headers)
    {
        var start = _offsetIndex.FloorEntry(fromPosition);
        var scanner = new BatchScanner(_log, start.Position, Size, ScanChunkBytes);
        var expectedOffset = start.Offset;
        while (true)
        {
            switch (scanner.Next(withBody: false, out var position, out var header, out _))
            {
                case BatchScanner.Outcome.Batch when header.BaseOffset != expectedOffset:
                    throw Corrupt(position, expectedOffset, BatchIntegrity.UnexpectedBaseOffset(header.BaseOffset, expectedOffset));
                case BatchScanner.Outcome.Batch when header.BaseOffset < endOffset:
                    headers.Add(header);
                    expectedOffset = header.NextOffset;
                    continue;
                case BatchScanner.Outcome.Batch or BatchScanner.Outcome.End:
                    return;
                default:
                    throw Corrupt(position, expectedOffset, BatchIntegrity.NotABatch);
            }
        }
    }

    /// <summary>
    /// Where a read from <paramref name="start"/> ends: the segment end, or the last indexed batch start within
    /// <paramref name="maxBytes"/> when that uses at least half of it. Both are batch boundaries, so the read holds
    /// whole batches and needs no trimming or copying. Otherwise (sparse index) it ends at the limit and is trimmed.
    /// </summary>
    private long ReadEnd(long start, int firstBatchSize, int maxBytes, long size)
    {
        var limit = start + Math.Max(maxBytes, firstBatchSize);
        if (limit >= size)
        {
            return size;
        }

        var boundary = _offsetIndex.FloorPosition(limit);
        return boundary > start && boundary - start >= (limit - start) / 2 ? boundary : limit;
    }

    /// <summary>
    /// The first record at or after <paramref name="timestamp"/> with an offset of at least <paramref name="minOffset"/>,
    /// or null when the segment has none. Throws <see cref="CorruptSegmentException"/> at a damaged batch on the way.
    /// </summary>
    public TimestampOffset? FindOffsetByTimestamp(long timestamp, long minOffset)
    {
        if (LargestTimestamp < timestamp)
        {
            return null;
        }

        var start = _offsetIndex.Lookup(Math.Max(_timeIndex.Lookup(timestamp), minOffset));
        var scanner = new BatchScanner(_log, start.Position, Size, ScanChunkBytes);
        var expectedOffset = start.Offset;
        while (true)
        {
            var outcome = scanner.Next(withBody: true, out var position, out var header, out var body);
            if (outcome == BatchScanner.Outcome.End)
            {
                return null;
            }

            var problem = outcome == BatchScanner.Outcome.Torn
                ? BatchIntegrity.NotABatch
                : BatchIntegrity.Problem(body.Span, expectedOffset, IsUnverified(position), out header);
            if (problem is not null)
            {
                throw Corrupt(position, expectedOffset, problem);
            }

            expectedOffset = header.NextOffset;
            if (header.MaxTimestamp < timestamp)
            {
                continue;
            }

            foreach (var batch in new RecordBatchReader(body.Span))
            {
                foreach (var record in batch.Records)
                {
                    if (record.Timestamp >= timestamp && record.Offset >= minOffset)
                    {
                        return new TimestampOffset(record.Timestamp, record.Offset);
                    }
                }
            }
        }
    }

    /// <summary>Takes a reference for a reader; false when the segment has been deleted.</summary>
    public bool TryAcquire()
    {
        var current = Volatile.Read(ref _references);
        while (current > 0)
        {
            var seen = Interlocked.CompareExchange(ref _references, current + 1, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return false;
    }

    /// <summary>Returns a reader's reference; the last one closes the files.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            CloseFiles();
        }
    }

    /// <summary>Removes the files from the directory now (a shared backend may wait for the last reader); open readers finish on the removed files.</summary>
    public void Delete()
    {
        // The .log goes first: a crash in between leaves orphan indexes, which opening removes,
        // rather than a .log without indexes, which opening would have to scan.
        _log.Delete();
        _offsetIndex.Delete();
        _timeIndex.Delete();
        Release();
    }

    /// <summary>Makes the log and index files durable.</summary>
    public void Flush()
    {
        _log.Flush();
        FlushIndexes();
    }

    /// <summary>Drops the owner's reference without deleting the files.</summary>
    public void Dispose() => Release();

    private void FlushIndexes()
    {
        _offsetIndex.Flush();
        _timeIndex.Flush();
    }

    private void OnBatchWritten(BatchPlacement placement, long position)
    {
        if (_bytesSinceLastIndexEntry > _indexIntervalBytes)
        {
            _timeIndex.MaybeAppend(LargestTimestamp, placement.BaseOffset);
            _offsetIndex.Append(new OffsetPosition(placement.BaseOffset, checked((int)position)));
            _bytesSinceLastIndexEntry = 0;
        }

        _bytesSinceLastIndexEntry += placement.Size;
        if (RollTimestamp < 0)
        {
            Volatile.Write(ref _rollTimestamp, placement.MaxTimestamp);
        }

        if (placement.MaxTimestamp > LargestTimestamp)
        {
            Volatile.Write(ref _largestTimestamp, placement.MaxTimestamp);
        }
    }

    private void CloseFiles()
    {
        _log.Dispose();
        _offsetIndex.Dispose();
        _timeIndex.Dispose();
    }
}
