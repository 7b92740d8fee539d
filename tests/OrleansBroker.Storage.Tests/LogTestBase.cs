using Microsoft.Extensions.Time.Testing;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// What the partition-log tests share: a backend and a fresh partition directory of their own in it, one fake clock
/// starting at <see cref="TestBatches.StartTime"/>, a logger that records events, logs that are closed when the test
/// ends, and ways to list, read, replace and damage files that work the same on every backend.
/// </summary>
public abstract class LogTestBase(LogBackend backend) : IDisposable
{
    private readonly List<PartitionLog> _opened = [];
    private ILogDirectory? _logDirectory;

    private protected LogBackend Backend { get; } = backend;

    /// <summary>The test's partition directory.</summary>
    private protected ILogDirectory LogDirectory => _logDirectory ??= Backend.CreateDirectory();

    private protected FakeTimeProvider Time { get; } = new(DateTimeOffset.FromUnixTimeMilliseconds(TestBatches.StartTime));

    private protected RecordingLogger Logger { get; } = new();

    /// <summary>The fake clock in ms since the Unix epoch.</summary>
    private protected long Now => Time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Opens (or reopens) the log in the test's directory, or in <paramref name="directory"/>.</summary>
    private protected PartitionLog Open(LogConfig? config = null, ILogDirectory? directory = null)
    {
        var log = PartitionLog.Open(directory ?? LogDirectory, config ?? new LogConfig(), Time, Logger);
        _opened.Add(log);
        return log;
    }

    /// <summary>Closes <paramref name="log"/> and opens its directory again with the same config.</summary>
    private protected PartitionLog Reopen(PartitionLog log)
    {
        log.Dispose();
        Logger.Clear();
        return Open(log.Config, log.Directory);
    }

    /// <summary>The name of a segment file: the base offset as 20 digits plus <paramref name="suffix"/>.</summary>
    private protected static string SegmentFile(long baseOffset, string suffix) =>
        baseOffset.ToString("D20", System.Globalization.CultureInfo.InvariantCulture) + suffix;

    /// <summary>Name and stored length of every file in the test's directory (or <paramref name="directory"/>), sorted by name.</summary>
    private protected List<(string Name, long Length)> Files(ILogDirectory? directory = null) => Backend.Files(directory ?? LogDirectory);

    /// <summary>Name and length of every segment .log file in the test's directory, in offset order.</summary>
    private protected List<(string Name, long Length)> LogFiles() => [.. Files().Where(file => file.Name.EndsWith(".log", StringComparison.Ordinal))];

    /// <summary>The stored content of a file of the test's directory (or of <paramref name="directory"/>).</summary>
    private protected byte[] ReadFile(string name, ILogDirectory? directory = null) =>
        (directory ?? LogDirectory).ReadAll(name) ?? throw new FileNotFoundException($"No file {name} in {(directory ?? LogDirectory).Location}.");

    /// <summary>Replaces a file's content, as damage from outside the log would (the log must be closed).</summary>
    private protected void WriteFile(string name, byte[] content, ILogDirectory? directory = null)
    {
        var target = directory ?? LogDirectory;
        target.Delete(name);
        using var file = target.Open(name, LogFileKind.Data);
        file.Write([content], 0);
    }

    /// <summary>Appends <paramref name="bytes"/> to a file of the test's directory, as a crash mid-append would leave them (the log must be closed).</summary>
    private protected void AppendToFile(string name, byte[] bytes)
    {
        using var file = LogDirectory.Open(name, LogFileKind.Data);
        file.Write([bytes], file.Length);
    }

    /// <summary>A new directory holding a copy of every file of the test's directory (the log must be closed).</summary>
    private protected ILogDirectory CopyDirectory()
    {
        var copy = Backend.CreateDirectory();
        foreach (var name in LogDirectory.ListFiles())
        {
            WriteFile(name, ReadFile(name), copy);
        }

        return copy;
    }

    public void Dispose()
    {
        _opened.ForEach(log => log.Dispose());
        Backend.Dispose();
        GC.SuppressFinalize(this);
    }
}
