namespace OrleansBroker.Kafka.Protocol;

/// <summary>A request body: what a client sends and the listener decodes.</summary>
public interface IKafkaRequest : IKafkaMessage;
