using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>Tells whoever produced a record where it landed, or why it did not.</summary>
internal abstract class RecordCompletion
{
    /// <summary>Bytes the record holds in the send buffer.</summary>
    public required long Size { get; init; }

    /// <summary>The record's create time (ms since the Unix epoch).</summary>
    public required long Timestamp { get; init; }

    /// <summary>The record was stored at <paramref name="offset"/> with timestamp <paramref name="timestamp"/>.</summary>
    public abstract void Delivered(string topic, int partition, long offset, long timestamp);

    /// <summary>The record was not stored.</summary>
    public abstract void Failed(BrokerException error);
}
