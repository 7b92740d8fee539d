using System.Text;

namespace OrleansBroker.Client.Serialization;

/// <summary>The built-in deserializers.</summary>
public static class Deserializers
{
    /// <summary>UTF-8 strings.</summary>
    public static IDeserializer<string> Utf8 { get; } = new Utf8Codec();

    /// <summary>Byte arrays (copied out of the fetched batch).</summary>
    public static IDeserializer<byte[]> ByteArray { get; } = new ByteArrayCodec();

    internal static IDeserializer<T> Default<T>() =>
        (typeof(T) == typeof(string) ? (IDeserializer<T>)Utf8
        : typeof(T) == typeof(byte[]) ? (IDeserializer<T>)ByteArray
        : null) ?? throw new ArgumentException($"No default deserializer for {typeof(T).Name}; set one on the builder.");

    private sealed class Utf8Codec : IDeserializer<string>
    {
        public string? Deserialize(ReadOnlySpan<byte> data, bool isNull) => isNull ? null : Encoding.UTF8.GetString(data);
    }

    private sealed class ByteArrayCodec : IDeserializer<byte[]>
    {
        public byte[]? Deserialize(ReadOnlySpan<byte> data, bool isNull) => isNull ? null : data.ToArray();
    }
}
