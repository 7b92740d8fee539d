using Microsoft.Win32.SafeHandles;

namespace OrleansBroker.Storage.Backends;

/// <summary>
/// An index file on local disk that holds no file handle while idle: a silo with 10,000 partitions would otherwise
/// keep two index handles open per segment beside its .log, and run out of file descriptors (a common limit is 20,000).
/// Writes are held in memory (the index keeps its entries in memory anyway) and written out, opening the file just
/// for that, once <see cref="WriteBehindBytes"/> have gathered, on <see cref="Flush"/> (roll, flush policy, with
/// fsync) and on <see cref="Dispose"/>. A crash loses at most the held-back entries; recovery rebuilds them from the
/// .log, scanning from the last entry written. Thread-safety: one writer; <see cref="Read"/> and <see cref="Length"/>
/// may run concurrently with it.
/// </summary>
internal sealed class FileIndexFile : ILogFile
{
    /// <summary>Entries held back before they are written: 512 offset-index entries, which bounds a crash's rescan to 2 MiB of log at the default index interval.</summary>
    internal const int WriteBehindBytes = 4096;

    private readonly Lock _lock = new();
    private readonly MemoryStream _pending = new();
    private readonly string _path;
    private long _written;
    private bool _unsynced;
    private bool _deleted;
    private bool _disposed;

    /// <summary>Opens (creating it empty when missing) the index at <paramref name="path"/>, only to learn its length.</summary>
    public FileIndexFile(string path)
    {
        _path = path;
        Name = Path.GetFileName(path);
        using var handle = OpenHandle(FileMode.OpenOrCreate);
        _written = RandomAccess.GetLength(handle);
    }

    public string Name { get; }

    public long Length
    {
        get
        {
            lock (_lock)
            {
                return _written + _pending.Length;
            }
        }
    }

    public int Read(Span<byte> buffer, long position)
    {
        lock (_lock)
        {
            var count = (int)Math.Clamp(_written + _pending.Length - position, 0, buffer.Length);
            var fromFile = (int)Math.Clamp(_written - position, 0, count);
            if (fromFile > 0)
            {
                ReadWritten(buffer[..fromFile], position);
            }

            var pendingStart = (int)(position + fromFile - _written);
            _pending.GetBuffer().AsSpan(pendingStart, count - fromFile).CopyTo(buffer[fromFile..count]);
            return count;
        }
    }

    public void Write(IReadOnlyList<ReadOnlyMemory<byte>> data, long position)
    {
        lock (_lock)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _written + _pending.Length);
            if (position < _written + _pending.Length)
            {
                Truncate(position);
            }

            foreach (var buffer in data)
            {
                _pending.Write(buffer.Span);
            }

            if (_pending.Length >= WriteBehindBytes)
            {
                WritePending(fsync: false);
            }
        }
    }

    public bool HasRoomFor(long bytes) => true;

    public void Truncate(long length)
    {
        lock (_lock)
        {
            if (length < _written)
            {
                _pending.SetLength(0);
                using var handle = OpenHandle(FileMode.Open);
                RandomAccess.SetLength(handle, length);
                _written = length;
            }
            else
            {
                _pending.SetLength(length - _written);
            }
        }
    }

    public void Flush()
    {
        lock (_lock)
        {
            WritePending(fsync: true);
        }
    }

    public void Delete()
    {
        lock (_lock)
        {
            _deleted = true;
            _pending.SetLength(0);
            File.Delete(_path);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                WritePending(fsync: false);
            }
            catch (IOException)
            {
                // Closing must not fail over an index: the entries not written are rebuilt from the .log on opening.
            }
        }
    }

    /// <summary>
    /// Writes the held-back entries at the file's end (again over any part of an earlier failed write), and fsyncs
    /// when asked and something was written since the last fsync.
    /// </summary>
    private void WritePending(bool fsync)
    {
        if (_deleted || (_pending.Length == 0 && !(fsync && _unsynced)))
        {
            return;
        }

        using var handle = OpenHandle(FileMode.OpenOrCreate);
        RandomAccess.Write(handle, _pending.GetBuffer().AsSpan(0, (int)_pending.Length), _written);
        _written += _pending.Length;
        _pending.SetLength(0);
        _unsynced = true;
        if (fsync)
        {
            RandomAccess.FlushToDisk(handle);
            _unsynced = false;
        }
    }

    /// <summary>Reads bytes already written to the file; throws when it is shorter than this instance wrote.</summary>
    private void ReadWritten(Span<byte> buffer, long position)
    {
        using var handle = OpenHandle(FileMode.Open);
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(handle, buffer, position);
            if (read == 0)
            {
                throw new IOException($"Index file {_path} ended at byte {position}, before the {buffer.Length} bytes expected there.");
            }

            buffer = buffer[read..];
            position += read;
        }
    }

    private SafeFileHandle OpenHandle(FileMode mode) =>
        File.OpenHandle(_path, mode, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
}
