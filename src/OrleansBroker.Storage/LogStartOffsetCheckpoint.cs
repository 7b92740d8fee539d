using System.Globalization;

namespace OrleansBroker.Storage;

/// <summary>
/// Persists a log start offset set by DeleteRecordsBefore inside a segment, which the segment files alone
/// cannot show. On disk: the file <c>log-start-offset</c>, one decimal number, replaced atomically by rename.
/// </summary>
internal sealed class LogStartOffsetCheckpoint(string directory)
{
    private const string FileName = "log-start-offset";

    private string Path => System.IO.Path.Combine(directory, FileName);

    /// <summary>The stored offset, or 0 when none was written or the file is unreadable.</summary>
    public long Read() =>
        File.Exists(Path) && long.TryParse(File.ReadAllText(Path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : 0;

    /// <summary>Stores <paramref name="offset"/> durably: written, fsynced, then renamed over the old file.</summary>
    public void Write(long offset)
    {
        var temporary = Path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
