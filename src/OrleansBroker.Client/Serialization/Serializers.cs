using System.Text;

namespace OrleansBroker.Client.Serialization;

/// <summary>The built-in serializers.</summary>
public static class Serializers
{
    /// <summary>Strings as UTF-8.</summary>
    public static ISerializer<string> Utf8 { get; } = new Utf8Codec();

    /// <summary>Byte arrays as they are.</summary>
    public static ISerializer<byte[]> ByteArray { get; } = new ByteArrayCodec();

    internal static ISerializer<T> Default<T>() =>
        (typeof(T) == typeof(string) ? (ISerializer<T>)Utf8
        : typeof(T) == typeof(byte[]) ? (ISerializer<T>)ByteArray
        : null) ?? throw new ArgumentException($"No default serializer for {typeof(T).Name}; set one on the builder.");

    private sealed class Utf8Codec : ISerializer<string>
    {
        public byte[]? Serialize(string? data) => data is null ? null : Encoding.UTF8.GetBytes(data);
    }

    private sealed class ByteArrayCodec : ISerializer<byte[]>
    {
        public byte[]? Serialize(byte[]? data) => data;
    }
}
