namespace OrleansBroker.Client.Serialization;

/// <summary>Turns a key or value into bytes; null stays null (a null key or a tombstone value).</summary>
public interface ISerializer<in T>
{
    /// <summary>The bytes of <paramref name="data"/>, or null for null.</summary>
    byte[]? Serialize(T? data);
}
