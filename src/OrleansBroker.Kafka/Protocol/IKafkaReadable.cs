namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// A message or one of its structures that can read itself in the encoding of a given API version. Static, so arrays
/// of structures are read through a generic call rather than a delegate.
/// </summary>
/// <typeparam name="TSelf">The type read.</typeparam>
public interface IKafkaReadable<TSelf>
    where TSelf : IKafkaReadable<TSelf>
{
    /// <summary>
    /// Reads the fields present in <paramref name="version"/>; fields absent from it keep their defaults. Throws
    /// <see cref="KafkaProtocolException"/> on malformed input.
    /// </summary>
    static abstract TSelf Read(ref KafkaReader reader, short version);
}
