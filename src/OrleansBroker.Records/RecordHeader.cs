using System.Text;

namespace OrleansBroker.Records;

/// <summary>One header read in place: the key as UTF-8 bytes and the value, which may be null.</summary>
public readonly ref struct RecordHeader
{
    internal RecordHeader(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value, bool hasValue)
    {
        Key = key;
        Value = value;
        HasValue = hasValue;
    }

    /// <summary>The header name as UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Key { get; }

    /// <summary>The value bytes; empty when null (see <see cref="HasValue"/>).</summary>
    public ReadOnlySpan<byte> Value { get; }

    /// <summary>False when the value is null.</summary>
    public bool HasValue { get; }

    /// <summary>The header name decoded from UTF-8 (allocates).</summary>
    public string KeyString => Encoding.UTF8.GetString(Key);
}
