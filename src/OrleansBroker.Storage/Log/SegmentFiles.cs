using System.Globalization;

namespace OrleansBroker.Storage.Log;

/// <summary>
/// Names of a segment's files: the base offset as 20 zero-padded digits plus .log, .index or .timeindex,
/// so a listing sorts in offset order, as Kafka's does.
/// </summary>
internal static class SegmentFiles
{
    public const string LogSuffix = ".log";
    public const string OffsetIndexSuffix = ".index";
    public const string TimeIndexSuffix = ".timeindex";

    public static string LogName(long baseOffset) => Name(baseOffset) + LogSuffix;

    public static string OffsetIndexName(long baseOffset) => Name(baseOffset) + OffsetIndexSuffix;

    public static string TimeIndexName(long baseOffset) => Name(baseOffset) + TimeIndexSuffix;

    /// <summary>Base offsets of the .log files among <paramref name="files"/>, ascending.</summary>
    public static long[] ListBaseOffsets(IEnumerable<string> files) =>
        [.. files
            .Where(name => name.EndsWith(LogSuffix, StringComparison.Ordinal))
            .Select(name => TryParse(name[..^LogSuffix.Length], out var offset) ? offset : -1)
            .Where(offset => offset >= 0)
            .Order()];

    /// <summary>Index files among <paramref name="files"/> whose .log file is missing, left by a crash during deletion.</summary>
    public static IEnumerable<string> Orphans(IReadOnlyCollection<string> files) =>
        files.Where(name => (name.EndsWith(OffsetIndexSuffix, StringComparison.Ordinal) || name.EndsWith(TimeIndexSuffix, StringComparison.Ordinal))
            && !files.Contains(Path.GetFileNameWithoutExtension(name) + LogSuffix));

    private static string Name(long baseOffset) => baseOffset.ToString("D20", CultureInfo.InvariantCulture);

    private static bool TryParse(string name, out long offset) =>
        long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out offset) && name.Length == 20;
}
