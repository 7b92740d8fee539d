namespace OrleansBroker.Records;

/// <summary>
/// Zig-zag variable-length integers as used inside a RecordBatch v2 (protobuf's encoding):
/// 7 bits a byte, low bits first, high bit set on every byte but the last.
/// </summary>
public static class Varint
{
    /// <summary>The most bytes a zig-zag 32-bit varint may take.</summary>
    public const int MaxInt32Bytes = 5;

    /// <summary>The most bytes a zig-zag 64-bit varint may take.</summary>
    public const int MaxInt64Bytes = 10;

    /// <summary>Number of bytes <see cref="WriteInt64"/> uses for <paramref name="value"/>.</summary>
    public static int SizeOf(long value)
    {
        var raw = ZigZag(value);
        var size = 1;
        while (raw >= 0x80)
        {
            raw >>= 7;
            size++;
        }

        return size;
    }

    /// <summary>Writes <paramref name="value"/> zig-zag encoded; returns the bytes written.</summary>
    public static int WriteInt64(Span<byte> destination, long value)
    {
        var raw = ZigZag(value);
        var i = 0;
        while (raw >= 0x80)
        {
            destination[i++] = (byte)(raw | 0x80);
            raw >>= 7;
        }

        destination[i++] = (byte)raw;
        return i;
    }

    /// <summary>
    /// Reads a zig-zag varint of at most <paramref name="maxBytes"/> bytes from the start of
    /// <paramref name="source"/>. Returns false when the buffer ends first or the varint is too long.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, int maxBytes, out long value, out int bytesRead)
    {
        ulong raw = 0;
        var limit = Math.Min(maxBytes, source.Length);
        for (var i = 0; i < limit; i++)
        {
            var b = source[i];
            raw |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                value = (long)(raw >> 1) ^ -(long)(raw & 1);
                bytesRead = i + 1;
                return true;
            }
        }

        value = 0;
        bytesRead = 0;
        return false;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
