using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Partition logs on local disk: a <see cref="FileLogStorage"/> in a temp directory that goes when the backend does,
/// and a partition of its own in it for each directory, which (as in a broker) does not exist until first written.
/// </summary>
public sealed class FileBackend : LogBackend
{
    private readonly TempDirectory _root = new();
    private int _partitions;

    public override ILogDirectory CreateDirectory() => new FileLogStorage(_root.Path).Partition("topic", Interlocked.Increment(ref _partitions));

    public override List<(string Name, long Length)> Files(ILogDirectory directory) =>
        Directory.Exists(((FileLogDirectory)directory).Path) ? [.. Directory.EnumerateFiles(((FileLogDirectory)directory).Path)
            .Select(path => (Path.GetFileName(path), new FileInfo(path).Length))
            .OrderBy(file => file.Item1, StringComparer.Ordinal)] : [];

    public override void Dispose() => _root.Dispose();
}
