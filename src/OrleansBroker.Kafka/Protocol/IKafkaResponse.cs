namespace OrleansBroker.Kafka.Protocol;

/// <summary>A response body: what the listener encodes and a client decodes.</summary>
public interface IKafkaResponse : IKafkaMessage;
