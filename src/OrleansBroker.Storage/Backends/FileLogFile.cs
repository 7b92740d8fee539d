using Microsoft.Win32.SafeHandles;

namespace OrleansBroker.Storage.Backends;

/// <summary>
/// A log file on local disk. A write returns once the operating system has the bytes (they survive a kill of the
/// process); <see cref="Flush"/> fsyncs. Deleting unlinks the file at once; open handles keep reading it.
/// </summary>
internal sealed class FileLogFile : ILogFile
{
    private readonly SafeFileHandle _handle;
    private readonly string _path;

    public FileLogFile(string path)
    {
        _path = path;
        _handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
        Name = Path.GetFileName(path);
    }

    public string Name { get; }

    public long Length => RandomAccess.GetLength(_handle);

    public int Read(Span<byte> buffer, long position) => RandomAccess.Read(_handle, buffer, position);

    public void Write(IReadOnlyList<ReadOnlyMemory<byte>> data, long position) => RandomAccess.Write(_handle, data, position);

    public bool HasRoomFor(long bytes) => true;

    public void Truncate(long length) => RandomAccess.SetLength(_handle, length);

    public void Flush() => RandomAccess.FlushToDisk(_handle);

    public void Delete() => File.Delete(_path);

    public void Dispose() => _handle.Dispose();
}
