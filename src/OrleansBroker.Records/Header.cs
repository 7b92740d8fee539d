namespace OrleansBroker.Records;

/// <summary>A record header to write: a string key and a value that may be null.</summary>
/// <param name="Key">The header name (UTF-8 on the wire).</param>
/// <param name="Value">The header value, or null.</param>
public readonly record struct Header(string Key, ReadOnlyMemory<byte>? Value);
