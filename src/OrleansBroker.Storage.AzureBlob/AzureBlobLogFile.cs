using Microsoft.Extensions.Logging;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>
/// A log file as an Azure append blob (layout: <see cref="AzureBlobLogDirectory"/>).
/// <para>
/// A <see cref="LogFileKind.Data"/> file (.log) appends each write with one AppendBlock call per 4 MiB
/// (<see cref="AppendBlockPlan"/>); a write returns once Azure Storage has stored it durably, so <see cref="Flush"/>
/// has nothing to do. The newest bytes also stay in the partition's <see cref="TailCache"/>. A
/// <see cref="LogFileKind.Index"/> file holds its writes in memory and appends them on <see cref="Flush"/> (at a
/// segment roll, under a flush policy) and on <see cref="Dispose"/>; a crash loses them and recovery rebuilds the
/// entries from the data. An index that would pass the block limit is first rewritten into full blocks.
/// </para>
/// <para>
/// Crash behaviour: an AppendBlock is atomic, so a crash leaves the blob ending at a block boundary, and blocks end
/// between batches; only a batch larger than a block can be torn, and recovery then cuts it off. An append blob cannot
/// be cut in place: <see cref="Truncate"/> rewrites it (<see cref="AppendBlob.Rewrite"/>), which only recovery and a
/// failed write need, and a crash in the middle of it loses the file. <see cref="Delete"/> takes effect at
/// <see cref="Dispose"/>, so readers still holding the segment keep reading.
/// </para>
/// <para>Thread-safety: one writer; <see cref="Read"/> and <see cref="Length"/> may run concurrently with it.</para>
/// </summary>
internal sealed partial class AzureBlobLogFile : ILogFile
{
    private readonly AppendBlob _blob;
    private readonly LogFileKind _kind;
    private readonly TailCache? _tail;
    private readonly ILogger _logger;
    private long _length;
    private bool _deleted;
    private bool _disposed;

    public AzureBlobLogFile(string name, AppendBlob blob, LogFileKind kind, TailCache? tail, ILogger logger)
    {
        Name = name;
        _blob = blob;
        _kind = kind;
        _tail = kind == LogFileKind.Data ? tail : null;
        _logger = logger;
        _length = blob.Length;
    }

    public string Name { get; }

    public long Length => Volatile.Read(ref _length);

    public int Read(Span<byte> buffer, long position)
    {
        if (_kind == LogFileKind.Index)
        {
            return ReadIndex(buffer, position);
        }

        var count = (int)Math.Clamp(Length - position, 0, buffer.Length);
        if (count > 0 && _tail?.TryRead(this, buffer[..count], position) != true)
        {
            _blob.ReadExactly(buffer[..count], position);
        }

        return count;
    }

    public void Write(IReadOnlyList<ReadOnlyMemory<byte>> data, long position)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, Length);
        if (position < Length)
        {
            // Part of an earlier write that failed is still there, because cutting it off failed too: try again now.
            Truncate(position);
        }

        if (_kind == LogFileKind.Index)
        {
            HoldBack(data);
            return;
        }

        try
        {
            _blob.Append(data);
        }
        finally
        {
            // After a failure the blob may hold the first blocks of the write; the caller truncates them.
            Volatile.Write(ref _length, _blob.Length);
        }

        _tail?.Append(this, position, data);
    }

    public bool HasRoomFor(long bytes) => _kind == LogFileKind.Index || _blob.HasRoomFor(bytes);

    public void Truncate(long length)
    {
        if (_kind == LogFileKind.Index)
        {
            TruncateIndex(length);
            return;
        }

        if (length == Length)
        {
            return;
        }

        _tail?.Forget(this);
        try
        {
            _blob.Rewrite(length);
        }
        finally
        {
            Volatile.Write(ref _length, _blob.Length);
        }
    }

    public void Flush()
    {
        if (_kind == LogFileKind.Index)
        {
            FlushIndex();
        }
    }

    public void Delete() => _deleted = true;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _tail?.Forget(this);
        try
        {
            if (_deleted)
            {
                _blob.DeleteIfExists();
            }
            else
            {
                Flush();
            }
        }
        catch (IOException e)
        {
            // The last reader of a segment may be the one closing it: report, never fail its read. A lost index write
            // is rebuilt by recovery; a segment left undeleted is found by the next open and deleted by retention again.
            BlobLogMessages.CloseFailed(_logger, _blob.Name, _deleted ? "delete the blob" : "append the held-back index entries", e);
        }
    }
}
