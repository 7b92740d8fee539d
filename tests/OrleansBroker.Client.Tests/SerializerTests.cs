using System.Text;
using OrleansBroker.Client.Serialization;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// The built-in serializers and deserializers: UTF-8 strings and byte arrays round-trip, null stays null and is
/// distinct from empty, and a type with no default serializer is refused with a message naming it.
/// </summary>
public sealed class SerializerTests
{
    [Theory]
    [InlineData("Hello Kafka.")]
    [InlineData("")]
    [InlineData("ünïcödé ✓ 日本")]
    public void Utf8_String_RoundTrips(string text)
    {
        var bytes = Serializers.Utf8.Serialize(text);

        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
        Assert.Equal(text, Deserializers.Utf8.Deserialize(bytes, isNull: false));
    }

    [Fact]
    public void ByteArray_Bytes_RoundTripAsCopies()
    {
        byte[] data = [0, 1, 255];

        var bytes = Serializers.ByteArray.Serialize(data);
        var back = Deserializers.ByteArray.Deserialize(data, isNull: false);

        Assert.Same(data, bytes);
        Assert.NotNull(back);
        Assert.Equal(data, back);
        Assert.NotSame(data, back);
    }

    [Fact]
    public void Serializers_Null_StaysNullAndDiffersFromEmpty()
    {
        Assert.Null(Serializers.Utf8.Serialize(null));
        Assert.Null(Serializers.ByteArray.Serialize(null));
        Assert.Null(Deserializers.Utf8.Deserialize([], isNull: true));
        Assert.Null(Deserializers.ByteArray.Deserialize([], isNull: true));
        Assert.Equal(string.Empty, Deserializers.Utf8.Deserialize([], isNull: false));
        Assert.Equal(Array.Empty<byte>(), Deserializers.ByteArray.Deserialize([], isNull: false));
    }

    [Fact]
    public void Default_TypeWithoutDefault_ThrowsNamingIt()
    {
        var serializer = Assert.Throws<ArgumentException>(() => Serializers.Default<Guid>());
        var deserializer = Assert.Throws<ArgumentException>(() => Deserializers.Default<Guid>());

        Assert.Contains(nameof(Guid), serializer.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Guid), deserializer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_StringAndByteArray_AreTheBuiltIns()
    {
        Assert.Same(Serializers.Utf8, Serializers.Default<string>());
        Assert.Same(Serializers.ByteArray, Serializers.Default<byte[]>());
        Assert.Same(Deserializers.Utf8, Deserializers.Default<string>());
        Assert.Same(Deserializers.ByteArray, Deserializers.Default<byte[]>());
    }
}
