using System.Globalization;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Records;

/// <summary>Where a page of records starts: the log start, an offset, the last N records, or the first at a time.</summary>
/// <param name="Kind">Which of these it is.</param>
/// <param name="Value">The offset, the record count, or the time in ms since the Unix epoch; 0 for the log start.</param>
public readonly record struct PageStart(PageStartKind Kind, long Value)
{
    /// <summary>
    /// The start the query asks for: at most one of <paramref name="offset"/>, <paramref name="latest"/> (0 or more)
    /// and <paramref name="timestamp"/> (ms since the Unix epoch, or an ISO-8601 time, UTC unless it says otherwise);
    /// none means the log start. Anything else fails with <see cref="ErrorCode.InvalidRequest"/>.
    /// </summary>
    public static PageStart Parse(long? offset, long? latest, string? timestamp)
    {
        string?[] named = [offset is null ? null : "offset", latest is null ? null : "latest", timestamp is null ? null : "timestamp"];
        var given = named.OfType<string>().ToList();
        if (given.Count > 1)
        {
            throw new BrokerException(ErrorCode.InvalidRequest, $"Give only one of offset, latest and timestamp (got {string.Join(" and ", given)}).");
        }

        if (latest < 0)
        {
            throw new BrokerException(ErrorCode.InvalidRequest, $"latest is the number of last records to show: 0 or more (got {latest}).");
        }

        return (offset, latest, timestamp) switch
        {
            ({ } at, _, _) => new PageStart(PageStartKind.Offset, at),
            (_, { } count, _) => new PageStart(PageStartKind.Latest, count),
            (_, _, { } time) => new PageStart(PageStartKind.Timestamp, ParseTimestamp(time)),
            _ => new PageStart(PageStartKind.Beginning, 0),
        };
    }

    private static long ParseTimestamp(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms) ? ms
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUnixTimeMilliseconds()
        : throw new BrokerException(ErrorCode.InvalidRequest, $"The timestamp '{text}' is neither milliseconds since the Unix epoch nor an ISO-8601 time such as 2024-01-31T12:00:00Z.");
}
