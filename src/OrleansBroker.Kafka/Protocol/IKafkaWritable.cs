namespace OrleansBroker.Kafka.Protocol;

/// <summary>A message or one of its structures that can write itself in the encoding of a given API version.</summary>
public interface IKafkaWritable
{
    /// <summary>Writes the fields present in <paramref name="version"/>, in wire order.</summary>
    void Write(KafkaWriter writer, short version);
}
