using System.Globalization;
using OrleansBroker.Client;

namespace OrleansBroker.Frontend.Records;

/// <summary>A stored record made readable, for the API and the pages alike.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Partition">The partition.</param>
/// <param name="Offset">The record's offset.</param>
/// <param name="Timestamp">The record's timestamp in ms since the Unix epoch.</param>
/// <param name="TimestampIso">The timestamp as an ISO-8601 UTC time; null when it is outside the calendar .NET can show.</param>
/// <param name="Key">The key, or null for a null key.</param>
/// <param name="Value">The value, or null for a null value (a tombstone).</param>
/// <param name="Headers">The headers, in order.</param>
public sealed record RecordView(
    string Topic,
    int Partition,
    long Offset,
    long Timestamp,
    string? TimestampIso,
    BytesView? Key,
    BytesView? Value,
    IReadOnlyList<HeaderView> Headers)
{
    private static readonly long MinTimestamp = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long MaxTimestamp = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    /// <summary><paramref name="record"/> with its key, value and header values written in <paramref name="format"/>.</summary>
    public static RecordView From(ConsumeResult<byte[], byte[]> record, BytesFormat format)
    {
        var message = record.Message;
        var timestamp = message.Timestamp ?? -1;
        return new RecordView(
            record.Topic,
            record.Partition,
            record.Offset,
            timestamp,
            Iso(timestamp),
            BytesCodec.Show(message.Key, message.Key is null, format),
            BytesCodec.Show(message.Value, message.Value is null, format),
            [.. message.Headers.Select(header => new HeaderView(header.Key, BytesCodec.Show(header.Value.GetValueOrDefault().Span, header.Value is null, format)))]);
    }

    private static string? Iso(long timestamp) =>
        timestamp >= MinTimestamp && timestamp <= MaxTimestamp
            ? DateTimeOffset.FromUnixTimeMilliseconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
            : null;
}
