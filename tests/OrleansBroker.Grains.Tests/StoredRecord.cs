namespace OrleansBroker.Grains.Tests;

/// <summary>A record as a fetch returned it.</summary>
/// <param name="Offset">Its offset.</param>
/// <param name="Timestamp">Its timestamp as stored.</param>
/// <param name="Value">Its value as UTF-8 text, or null.</param>
public sealed record StoredRecord(long Offset, long Timestamp, string? Value);
