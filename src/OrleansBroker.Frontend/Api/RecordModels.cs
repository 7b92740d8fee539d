using OrleansBroker.Client;
using OrleansBroker.Client.Reading;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// The body of <c>POST /api/topics/{topic}/records</c>. A missing key or value is null (a keyless record, a
/// tombstone); <c>encoding</c> (text, the default, base64 or hex) says how key, value and header values are written.
/// </summary>
public sealed record ProduceRecordRequest(int? Partition, string? Key, string? Value, IReadOnlyList<RecordHeaderRequest?>? Headers, string? Encoding)
{
    /// <summary>The message to produce; bad encodings and headers without a name fail with a message naming them.</summary>
    internal Message<byte[], byte[]> ToMessage()
    {
        var format = BytesCodec.ParseFormat(Encoding, "encoding");
        return new Message<byte[], byte[]>
        {
            Key = BytesCodec.Read(Key, format, "key"),
            Value = BytesCodec.Read(Value, format, "value"),
            Headers = [.. (Headers ?? []).Select((header, index) => ToHeader(header, index, format))],
        };
    }

    private static Header ToHeader(RecordHeaderRequest? header, int index, BytesFormat format)
    {
        if (header?.Key is null)
        {
            throw new BrokerException(ErrorCode.InvalidRequest, $"Header {index + 1} has no key.");
        }

        var value = BytesCodec.Read(header.Value, format, $"value of header '{header.Key}'");
        // Typed as a nullable memory: a null byte[] would convert to an empty (non-null) value.
        return new Header(header.Key, value is null ? (ReadOnlyMemory<byte>?)null : value);
    }
}

/// <summary>A header to produce: a name and a value (null for none), written in the request's encoding.</summary>
public sealed record RecordHeaderRequest(string? Key, string? Value);

/// <summary>Where a produced record was stored; its timestamp in ms since the Unix epoch.</summary>
public sealed record ProduceRecordResponse(int Partition, long Offset, long Timestamp);

/// <summary>
/// A page of a partition's records: read the next page from <c>nextOffset</c>; <c>logStartOffset</c> and
/// <c>logEndOffset</c> bound what the partition holds now.
/// </summary>
public sealed record RecordPageResponse(string Topic, int Partition, IReadOnlyList<RecordView> Records, long NextOffset, long LogStartOffset, long LogEndOffset)
{
    internal static RecordPageResponse From(PartitionRecords page, BytesFormat format) => new(
        page.Partition.Topic,
        page.Partition.Partition,
        [.. page.Records.Select(record => RecordView.From(record, format))],
        page.NextOffset,
        page.LogStartOffset,
        page.HighWatermark);
}
