namespace OrleansBroker.Frontend.Records;

/// <summary>A record header made readable.</summary>
/// <param name="Key">The header name.</param>
/// <param name="Value">The value, or null when the header has none.</param>
public sealed record HeaderView(string Key, BytesView? Value);
