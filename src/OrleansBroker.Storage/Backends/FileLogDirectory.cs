namespace OrleansBroker.Storage.Backends;

/// <summary>
/// A partition's files in one directory on local disk; the directory is created when a file is first opened or written.
/// A .log file keeps its handle while open (<see cref="FileLogFile"/>); an index holds none while idle (<see cref="FileIndexFile"/>).
/// </summary>
public sealed class FileLogDirectory(string path) : ILogDirectory
{
    /// <summary>The directory's path.</summary>
    public string Path { get; } = path;

    /// <inheritdoc />
    public string Location => Path;

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles() =>
        Directory.Exists(Path) ? [.. Directory.EnumerateFiles(Path).Select(file => System.IO.Path.GetFileName(file))] : [];

    /// <inheritdoc />
    public ILogFile Open(string name, LogFileKind kind)
    {
        Directory.CreateDirectory(Path);
        return kind == LogFileKind.Index ? new FileIndexFile(PathOf(name)) : new FileLogFile(PathOf(name));
    }

    /// <inheritdoc />
    public void Delete(string name)
    {
        // File.Delete ignores a missing file but not a missing directory, which a partition has until first written.
        if (Directory.Exists(Path))
        {
            File.Delete(PathOf(name));
        }
    }

    /// <inheritdoc />
    public byte[]? ReadAll(string name) => File.Exists(PathOf(name)) ? File.ReadAllBytes(PathOf(name)) : null;

    /// <inheritdoc />
    public void WriteAll(string name, ReadOnlySpan<byte> content)
    {
        Directory.CreateDirectory(Path);
        var target = PathOf(name);
        var temporary = target + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <inheritdoc />
    public void DeleteAll()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private string PathOf(string name) => System.IO.Path.Combine(Path, name);
}
