using System.Globalization;

namespace OrleansBroker.Storage.Log;

/// <summary>
/// Names of a segment's files: the base offset as 20 zero-padded digits plus .log, .index or .timeindex,
/// so a directory listing sorts in offset order, as Kafka's does.
/// </summary>
internal static class SegmentFiles
{
    public const string LogSuffix = ".log";
    public const string OffsetIndexSuffix = ".index";
    public const string TimeIndexSuffix = ".timeindex";

    public static string LogPath(string directory, long baseOffset) => Path.Combine(directory, Name(baseOffset) + LogSuffix);

    public static string OffsetIndexPath(string directory, long baseOffset) => Path.Combine(directory, Name(baseOffset) + OffsetIndexSuffix);

    public static string TimeIndexPath(string directory, long baseOffset) => Path.Combine(directory, Name(baseOffset) + TimeIndexSuffix);

    /// <summary>Base offsets of the .log files in <paramref name="directory"/>, ascending.</summary>
    public static long[] ListBaseOffsets(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*" + LogSuffix)
            .Select(path => TryParse(Path.GetFileNameWithoutExtension(path), out var offset) ? offset : -1)
            .Where(offset => offset >= 0)
            .Order()];

    /// <summary>Index files whose .log file is missing, left by a crash during deletion.</summary>
    public static IEnumerable<string> Orphans(string directory) =>
        Directory.EnumerateFiles(directory, "*.*index")
            .Where(path => !File.Exists(Path.ChangeExtension(path, LogSuffix)));

    private static string Name(long baseOffset) => baseOffset.ToString("D20", CultureInfo.InvariantCulture);

    private static bool TryParse(string name, out long offset) =>
        long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out offset) && name.Length == 20;
}
