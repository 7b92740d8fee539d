namespace OrleansBroker.Client.Serialization;

/// <summary>Turns a consumed key or value back into a value.</summary>
public interface IDeserializer<out T>
{
    /// <summary>The value of <paramref name="data"/>; <paramref name="isNull"/> says the field was null rather than empty.</summary>
    T? Deserialize(ReadOnlySpan<byte> data, bool isNull);
}
