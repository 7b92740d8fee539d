namespace OrleansBroker.Frontend.Records;

/// <summary>Stored bytes made readable: the text, how it was encoded, and facts a viewer shows beside it.</summary>
/// <param name="Data">The bytes written in <paramref name="Encoding"/>.</param>
/// <param name="Encoding">The encoding of <paramref name="Data"/>: the one asked for, except base64 where text was asked for but the bytes are not UTF-8.</param>
/// <param name="Size">The number of bytes.</param>
/// <param name="ValidUtf8">Whether the bytes are valid UTF-8, i.e. could be shown as text.</param>
public sealed record BytesView(string Data, BytesFormat Encoding, int Size, bool ValidUtf8);
