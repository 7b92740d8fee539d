namespace OrleansBroker.Storage.AzureBlob;

/// <summary>Index files: writes held back in memory until a flush, and reads that see them.</summary>
internal sealed partial class AzureBlobLogFile
{
    private readonly Lock _pendingLock = new();
    private readonly MemoryStream _pending = new();

    private int ReadIndex(Span<byte> buffer, long position)
    {
        lock (_pendingLock)
        {
            var count = (int)Math.Clamp(_blob.Length + _pending.Length - position, 0, buffer.Length);
            if (count == 0)
            {
                return 0;
            }

            var fromBlob = (int)Math.Clamp(_blob.Length - position, 0, count);
            if (fromBlob > 0)
            {
                _blob.ReadExactly(buffer[..fromBlob], position);
            }

            var pendingStart = (int)(position + fromBlob - _blob.Length);
            _pending.GetBuffer().AsSpan(pendingStart, count - fromBlob).CopyTo(buffer[fromBlob..count]);
            return count;
        }
    }

    private void HoldBack(IReadOnlyList<ReadOnlyMemory<byte>> data)
    {
        lock (_pendingLock)
        {
            foreach (var buffer in data)
            {
                _pending.Write(buffer.Span);
            }

            PublishIndexLength();
        }
    }

    private void TruncateIndex(long length)
    {
        lock (_pendingLock)
        {
            try
            {
                if (length < _blob.Length)
                {
                    _pending.SetLength(0);
                    _blob.Rewrite(length);
                }
                else
                {
                    _pending.SetLength(length - _blob.Length);
                }
            }
            finally
            {
                PublishIndexLength();
            }
        }
    }

    private void FlushIndex()
    {
        lock (_pendingLock)
        {
            if (_pending.Length == 0)
            {
                return;
            }

            if (!_blob.HasRoomFor(_pending.Length))
            {
                // An index is small (12 bytes per 4 KiB of log at most): rewriting it into full blocks frees plenty.
                _blob.Rewrite(_blob.Length);
            }

            var committed = _blob.Length;
            try
            {
                _blob.Append([_pending.GetBuffer().AsMemory(0, (int)_pending.Length)]);
            }
            finally
            {
                // Keep only what did not reach the blob (all of it unless a write of several blocks failed part way).
                var appended = (int)(_blob.Length - committed);
                _pending.GetBuffer().AsSpan(appended, (int)_pending.Length - appended).CopyTo(_pending.GetBuffer());
                _pending.SetLength(_pending.Length - appended);
                PublishIndexLength();
            }
        }
    }

    private void PublishIndexLength() => Volatile.Write(ref _length, _blob.Length + _pending.Length);
}
