using Microsoft.Win32.SafeHandles;

namespace OrleansBroker.Storage.Backends;

/// <summary>
/// A log file on local disk. A write returns once the operating system has the bytes (they survive a kill of the
/// process); <see cref="Flush"/> fsyncs. Deleting unlinks the file at once; open handles keep reading it.
/// The file keeps a handle while it is written; once <see cref="Seal"/>ed it holds none (so sealed segments do not
/// count against the process's file descriptors) and each read opens the file for its duration, unless the file has
/// been deleted, when a handle taken just before unlinking serves the readers still holding the segment.
/// Thread-safety: one writer; <see cref="Read"/> and <see cref="Length"/> may run concurrently with it, sealing included.
/// </summary>
internal sealed class FileLogFile : ILogFile
{
    private readonly string _path;
    private SafeFileHandle? _writeHandle;
    private SafeFileHandle? _deletedHandle;
    private bool _disposed;

    public FileLogFile(string path)
    {
        _path = path;
        _writeHandle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
        Name = Path.GetFileName(path);
    }

    public string Name { get; }

    public long Length => Use(0, static (handle, _) => RandomAccess.GetLength(handle));

    public int Read(Span<byte> buffer, long position) =>
        Use(new ReadAt(buffer, position), static (handle, read) => RandomAccess.Read(handle, read.Buffer, read.Position));

    public void Write(IReadOnlyList<ReadOnlyMemory<byte>> data, long position) => RandomAccess.Write(WriteHandle, data, position);

    public bool HasRoomFor(long bytes) => true;

    public void Truncate(long length) => RandomAccess.SetLength(WriteHandle, length);

    public void Flush() => Use(0, static (handle, _) =>
    {
        RandomAccess.FlushToDisk(handle);
        return 0;
    });

    /// <summary>Closes the write handle: the file gets no more writes, and reads open it as they need.</summary>
    public void Seal() => Interlocked.Exchange(ref _writeHandle, null)?.Dispose();

    public void Delete()
    {
        // Readers of a sealed file open it by name, which fails once unlinked: keep one handle for them first.
        if (_writeHandle is null && _deletedHandle is null && File.Exists(_path))
        {
            Volatile.Write(ref _deletedHandle, OpenHandle());
        }

        File.Delete(_path);
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        Seal();
        _deletedHandle?.Dispose();
    }

    private SafeFileHandle WriteHandle => Volatile.Read(ref _writeHandle) ?? throw new InvalidOperationException($"Log file {_path} is sealed: it takes no more writes.");

    /// <summary>Runs <paramref name="work"/> on the write handle, the handle kept for readers of a deleted file, or one opened for it.</summary>
    private T Use<TState, T>(TState state, Func<SafeFileHandle, TState, T> work)
        where TState : allows ref struct
    {
        while (true)
        {
            var handle = Acquire(out var owned);
            try
            {
                return work(handle, state);
            }
            catch (ObjectDisposedException) when (!owned && !Volatile.Read(ref _disposed))
            {
                // Sealed while this call was starting: go again through a handle of its own.
            }
            finally
            {
                if (owned)
                {
                    handle.Dispose();
                }
            }
        }
    }

    /// <summary>The write handle, the handle kept for readers of a deleted file, or (<paramref name="owned"/>) a new one the caller closes.</summary>
    private SafeFileHandle Acquire(out bool owned)
    {
        owned = false;
        if ((Volatile.Read(ref _writeHandle) ?? Volatile.Read(ref _deletedHandle)) is { } shared)
        {
            return shared;
        }

        try
        {
            var handle = OpenHandle();
            owned = true;
            return handle;
        }
        catch (FileNotFoundException) when (Volatile.Read(ref _deletedHandle) is { } kept)
        {
            return kept;
        }
    }

    private SafeFileHandle OpenHandle() => File.OpenHandle(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>A read's arguments, passed to <see cref="Use"/> without a closure.</summary>
    private readonly ref struct ReadAt(Span<byte> buffer, long position)
    {
        public Span<byte> Buffer { get; } = buffer;

        public long Position { get; } = position;
    }
}
