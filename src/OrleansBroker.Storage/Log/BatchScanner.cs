using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Log;

/// <summary>
/// Reads the batches of a segment file one after another from a start position, through a buffer, so a scan
/// costs one read call per chunk rather than per batch. Bodies are read only when asked for. A returned body
/// is valid until the next call. Not thread-safe; each scan makes its own scanner.
/// </summary>
internal sealed class BatchScanner(ILogFile file, long position, long end, int chunkSize)
{
    private byte[] _buffer = new byte[Math.Max(chunkSize, RecordBatchLayout.HeaderSize)];
    private long _bufferFilePosition = position;
    private int _buffered;

    /// <summary>What the scanner found at its position.</summary>
    public enum Outcome
    {
        /// <summary>A batch whose bytes all lie before the end.</summary>
        Batch,

        /// <summary>The end, exactly at a batch boundary.</summary>
        End,

        /// <summary>Bytes that cannot be a whole batch: cut short, or a header that cannot be read.</summary>
        Torn,
    }

    /// <summary>File position of the next batch (after <see cref="Next"/>: of the one after the returned batch).</summary>
    public long Position { get; private set; } = position;

    /// <summary>Reads the next batch's header and, when <paramref name="withBody"/>, its whole bytes.</summary>
    public Outcome Next(bool withBody, out long batchPosition, out RecordBatchHeader header, out ReadOnlyMemory<byte> body)
    {
        batchPosition = Position;
        header = default;
        body = default;
        var remaining = end - Position;
        if (remaining == 0)
        {
            return Outcome.End;
        }

        if (remaining < RecordBatchLayout.HeaderSize)
        {
            return Outcome.Torn;
        }

        var headerBytes = Window(RecordBatchLayout.HeaderSize);
        if (headerBytes.Span[RecordBatchLayout.Magic] != RecordBatchLayout.CurrentMagic)
        {
            return Outcome.Torn;
        }

        header = RecordBatchHeader.Read(headerBytes.Span);
        if (header.BatchLength < RecordBatchLayout.HeaderSize - RecordBatchLayout.LogOverhead || (long)header.BatchLength + RecordBatchLayout.LogOverhead > remaining)
        {
            return Outcome.Torn;
        }

        if (withBody)
        {
            body = Window(header.SizeInBytes);
        }

        Position += header.SizeInBytes;
        return Outcome.Batch;
    }

    /// <summary>Copies into <paramref name="destination"/> what the scanner has read of the file from <paramref name="position"/> on; returns the count.</summary>
    public int CopyRead(long position, Span<byte> destination)
    {
        var start = position - _bufferFilePosition;
        if (start < 0 || start >= _buffered)
        {
            return 0;
        }

        var count = (int)Math.Min(destination.Length, _buffered - start);
        _buffer.AsSpan((int)start, count).CopyTo(destination);
        return count;
    }

    /// <summary>Makes <paramref name="length"/> bytes from <see cref="Position"/> available in the buffer.</summary>
    private ReadOnlyMemory<byte> Window(int length)
    {
        var start = (int)(Position - _bufferFilePosition);
        if (start + length > _buffered)
        {
            Refill(length);
            start = 0;
        }

        return _buffer.AsMemory(start, length);
    }

    private void Refill(int needed)
    {
        var keep = (int)Math.Max(0, _bufferFilePosition + _buffered - Position);
        var target = _buffer;
        if (needed > _buffer.Length)
        {
            target = new byte[needed];
        }

        _buffer.AsSpan(_buffered - keep, keep).CopyTo(target);
        _buffer = target;
        _bufferFilePosition = Position;
        _buffered = keep;
        var want = (int)Math.Min(_buffer.Length - keep, end - Position - keep);
        while (want > 0)
        {
            var read = file.Read(_buffer.AsSpan(_buffered, want), _bufferFilePosition + _buffered);
            if (read == 0)
            {
                throw new IOException($"Segment file ended before its expected end at {end} bytes.");
            }

            _buffered += read;
            want -= read;
        }
    }
}
