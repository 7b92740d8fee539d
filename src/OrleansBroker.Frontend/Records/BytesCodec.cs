using System.Text;
using System.Text.Unicode;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Records;

/// <summary>
/// Bytes to text and back in a <see cref="BytesFormat"/>, for showing records and for reading records typed in.
/// Bad input fails with <see cref="ErrorCode.InvalidRequest"/> and a message naming what was wrong.
/// </summary>
public static class BytesCodec
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The format named <paramref name="name"/> (text, hex or base64, any case); null gives <see cref="BytesFormat.Text"/>. <paramref name="parameter"/> names the input in the error.</summary>
    public static BytesFormat ParseFormat(string? name, string parameter) => name?.ToLowerInvariant() switch
    {
        null or "text" => BytesFormat.Text,
        "hex" => BytesFormat.Hex,
        "base64" => BytesFormat.Base64,
        _ => throw new BrokerException(ErrorCode.InvalidRequest, $"Unknown {parameter} '{name}': use text, hex or base64."),
    };

    /// <summary><paramref name="bytes"/> written in <paramref name="format"/>; null for null (a null key, value or header value).</summary>
    public static BytesView? Show(ReadOnlySpan<byte> bytes, bool isNull, BytesFormat format)
    {
        if (isNull)
        {
            return null;
        }

        var validUtf8 = Utf8.IsValid(bytes);
        return format switch
        {
            BytesFormat.Text when validUtf8 => new BytesView(Encoding.UTF8.GetString(bytes), BytesFormat.Text, bytes.Length, true),
            BytesFormat.Hex => new BytesView(Convert.ToHexStringLower(bytes), BytesFormat.Hex, bytes.Length, validUtf8),
            _ => new BytesView(Convert.ToBase64String(bytes), BytesFormat.Base64, bytes.Length, validUtf8),
        };
    }

    /// <summary>The bytes <paramref name="text"/> stands for in <paramref name="format"/>; null stays null. <paramref name="what"/> names the input in the error.</summary>
    public static byte[]? Read(string? text, BytesFormat format, string what)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return format switch
            {
                BytesFormat.Hex => Convert.FromHexString(text),
                BytesFormat.Base64 => Convert.FromBase64String(text),
                _ => StrictUtf8.GetBytes(text),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            var problem = format switch
            {
                BytesFormat.Hex => "is not valid hex: expected an even number of hexadecimal digits",
                BytesFormat.Base64 => "is not valid base64",
                _ => "is not valid text: it has an unpaired surrogate",
            };
            throw new BrokerException(ErrorCode.InvalidRequest, $"The {what} {problem}.");
        }
    }
}
