using System.Globalization;

namespace OrleansBroker.Frontend.Pages;

/// <summary>How the pages write numbers, sizes and times: invariant, so every user and every test sees the same text.</summary>
public static class DisplayFormat
{
    private static readonly string[] ByteUnits = ["KiB", "MiB", "GiB", "TiB", "PiB"];

    /// <summary>A count with thousands separators: <c>1,234,567</c>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A size in bytes, binary units past 1 KiB: <c>512 B</c>, <c>1.5 KiB</c>, <c>20.3 MiB</c>.</summary>
    public static string Bytes(long bytes)
    {
        if (bytes < 1024)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{bytes} B");
        }

        var value = (double)bytes;
        var unit = -1;
        while (value >= 1024 && unit < ByteUnits.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {ByteUnits[unit]}");
    }

    /// <summary>A percentage to one decimal: <c>3.5 %</c>.</summary>
    public static string Percent(float value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.#} %");

    /// <summary>A moment in UTC to the second: <c>2026-11-24 10:31:05 UTC</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A broker id as <c>obk topics --describe</c> writes it: the number, or <c>none</c> for -1.</summary>
    public static string Broker(int id) => id < 0 ? "none" : id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Broker ids, comma-separated.</summary>
    public static string Brokers(IEnumerable<int> ids) => string.Join(", ", ids.Select(Broker));
}
