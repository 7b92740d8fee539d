namespace OrleansBroker.Storage;

/// <summary>A record's timestamp and offset, the answer to an offset-for-timestamp lookup and an entry of the time index.</summary>
/// <param name="Timestamp">Milliseconds since the Unix epoch.</param>
/// <param name="Offset">The record's offset.</param>
public readonly record struct TimestampOffset(long Timestamp, long Offset);
