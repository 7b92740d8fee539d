namespace OrleansBroker.Storage.Tests;

/// <summary>A record as the tests write and read it: offset, UTF-8 key and value (null when absent), timestamp in ms.</summary>
internal readonly record struct StoredRecord(long Offset, string? Key, string? Value, long Timestamp);
