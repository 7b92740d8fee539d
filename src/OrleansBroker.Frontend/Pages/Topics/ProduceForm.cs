using OrleansBroker.Client;
using OrleansBroker.Frontend.Api;

namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>
/// The produce form: a record as the API's <see cref="ProduceRecordRequest"/> takes it, whose rules (encodings, headers
/// need a name) it shares. A blank key or value is null (a keyless record, a tombstone); header rows left blank are skipped.
/// </summary>
public sealed class ProduceForm
{
    /// <summary>How many header rows the form offers.</summary>
    public const int HeaderRows = 3;

    /// <summary>The partition; null lets the partitioner choose (by key, else round-robin).</summary>
    public int? Partition { get; set; }

    /// <summary>The key, in <see cref="Encoding"/>.</summary>
    public string? Key { get; set; }

    /// <summary>The value, in <see cref="Encoding"/>.</summary>
    public string? Value { get; set; }

    /// <summary>The header rows; names are text, values in <see cref="Encoding"/>.</summary>
    public List<RecordHeaderRequest> Headers { get; set; } = [];

    /// <summary>How key, value and header values are written: text, base64 or hex.</summary>
    public string Encoding { get; set; } = "text";

    /// <summary>The message to produce; a bad encoding or a header value without a name fails with a message naming it.</summary>
    internal Message<byte[], byte[]> ToMessage() =>
        new ProduceRecordRequest(Partition, Key, Value, [.. Headers.Where(header => header.Key is not null || header.Value is not null)], Encoding).ToMessage();
}
