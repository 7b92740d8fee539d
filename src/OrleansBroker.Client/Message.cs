using OrleansBroker.Records;

namespace OrleansBroker.Client;

/// <summary>A record to produce, or one consumed: key, value, headers and timestamp.</summary>
public sealed class Message<TKey, TValue>
{
    /// <summary>The key; records with equal keys go to the same partition. May be null.</summary>
    public TKey? Key { get; set; }

    /// <summary>The value. May be null (a tombstone).</summary>
    public TValue? Value { get; set; }

    /// <summary>Record headers, in order.</summary>
    public IReadOnlyList<Header> Headers { get; set; } = [];

    /// <summary>Milliseconds since the Unix epoch; null when producing takes the current time.</summary>
    public long? Timestamp { get; set; }
}
