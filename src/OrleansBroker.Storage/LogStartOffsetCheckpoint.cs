using System.Globalization;
using System.Text;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage;

/// <summary>
/// Persists a log start offset set by DeleteRecordsBefore inside a segment, which the segment files alone
/// cannot show. Stored as the file <c>log-start-offset</c>: one decimal number, replaced atomically.
/// </summary>
internal sealed class LogStartOffsetCheckpoint(ILogDirectory directory)
{
    private const string FileName = "log-start-offset";

    /// <summary>The stored offset, or 0 when none was written or the file is unreadable.</summary>
    public long Read() =>
        directory.ReadAll(FileName) is { } content
        && long.TryParse(Encoding.ASCII.GetString(content).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : 0;

    /// <summary>Stores <paramref name="offset"/> durably, replacing the old value in one step.</summary>
    public void Write(long offset) => directory.WriteAll(FileName, Encoding.ASCII.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));
}
