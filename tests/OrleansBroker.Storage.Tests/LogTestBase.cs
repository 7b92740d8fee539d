using Microsoft.Extensions.Time.Testing;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// What the partition-log tests share: a temp directory of their own, one fake clock starting at
/// <see cref="TestBatches.StartTime"/>, a logger that records events, and logs that are closed when the test ends.
/// </summary>
public abstract class LogTestBase : IDisposable
{
    private readonly List<PartitionLog> _opened = [];

    private protected TempDirectory Temp { get; } = new();

    private protected FakeTimeProvider Time { get; } = new(DateTimeOffset.FromUnixTimeMilliseconds(TestBatches.StartTime));

    private protected RecordingLogger Logger { get; } = new();

    /// <summary>The fake clock in ms since the Unix epoch.</summary>
    private protected long Now => Time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Opens (or reopens) the log in the test's directory, or in <paramref name="directory"/>.</summary>
    private protected PartitionLog Open(LogConfig? config = null, string? directory = null)
    {
        var log = PartitionLog.Open(directory ?? Temp.Path, config ?? new LogConfig(), Time, Logger);
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

    /// <summary>Name and length of every file in the test's directory (or <paramref name="directory"/>), sorted by name.</summary>
    private protected List<(string Name, long Length)> Files(string? directory = null) =>
        [.. Directory.EnumerateFiles(directory ?? Temp.Path)
            .Select(path => (Path.GetFileName(path), new FileInfo(path).Length))
            .OrderBy(file => file.Item1, StringComparer.Ordinal)];

    /// <summary>Name and length of every segment .log file in the test's directory, in offset order.</summary>
    private protected List<(string Name, long Length)> LogFiles() => [.. Files().Where(file => file.Name.EndsWith(".log", StringComparison.Ordinal))];

    public void Dispose()
    {
        _opened.ForEach(log => log.Dispose());
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
