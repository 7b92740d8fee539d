using OrleansBroker.Records;

namespace OrleansBroker.Storage.Log;

/// <summary>
/// Integrity checks of reads: each batch must follow the one before it, and batches this process has not validated
/// itself (what opening trusted without a scan) have their CRC checked before they are served.
/// </summary>
internal sealed partial class LogSegment
{
    private long _unverifiedFrom;
    private long _unverifiedTo;
    private int _corruptionReported;

    /// <summary>True the first time it is called: damage in a segment is logged once, not on every read that reaches it.</summary>
    public bool FirstCorruptionReport() => Interlocked.Exchange(ref _corruptionReported, 1) == 0;

    /// <summary>
    /// Scans headers from the indexed batch of <paramref name="expectedOffset"/> to the batch holding
    /// <paramref name="offset"/>; false when the segment ends before it. Each base offset must follow the batch before
    /// (a damaged length or offset delta breaks that), and a sealed segment must not end before its next offset.
    /// </summary>
    private bool TryFindBatch(BatchScanner scanner, long offset, long expectedOffset, out long position, out RecordBatchHeader header)
    {
        while (true)
        {
            switch (scanner.Next(withBody: false, out position, out header, out _))
            {
                case BatchScanner.Outcome.Batch when header.BaseOffset != expectedOffset:
                    throw Corrupt(position, expectedOffset, BatchIntegrity.UnexpectedBaseOffset(header.BaseOffset, expectedOffset));
                case BatchScanner.Outcome.Batch when header.LastOffset >= offset:
                    return true;
                case BatchScanner.Outcome.Batch:
                    expectedOffset = header.NextOffset;
                    continue;
                case BatchScanner.Outcome.End when expectedOffset < NextOffset:
                    throw Corrupt(position, expectedOffset, $"the segment ends there, but it should hold offsets up to {NextOffset - 1}");
                case BatchScanner.Outcome.End:
                    return false;
                default:
                    throw Corrupt(position, expectedOffset, BatchIntegrity.NotABatch);
            }
        }
    }

    /// <summary>
    /// Bytes of the intact batches below <paramref name="endOffset"/> at the start of <paramref name="buffer"/>, read
    /// from byte <paramref name="position"/>. A damaged first batch throws; a damaged later one ends the read before it
    /// (as does a batch the read cut short).
    /// </summary>
    private int ServableLength(ReadOnlySpan<byte> buffer, long position, long expectedOffset, long endOffset)
    {
        var end = 0;
        while (end < buffer.Length && expectedOffset < endOffset)
        {
            var problem = BatchIntegrity.Problem(buffer[end..], expectedOffset, IsUnverified(position + end), out var header);
            if (problem is not null)
            {
                return end > 0 ? end : throw Corrupt(position, expectedOffset, problem);
            }

            end += header.SizeInBytes;
            expectedOffset = header.NextOffset;
        }

        return end;
    }

    /// <summary>True when the batch at <paramref name="position"/> was not validated by this process (opening trusted it without a scan).</summary>
    private bool IsUnverified(long position) => position >= _unverifiedFrom && position < _unverifiedTo;

    private CorruptSegmentException Corrupt(long position, long offset, string problem) => new(LogPath, position, offset, problem);
}
