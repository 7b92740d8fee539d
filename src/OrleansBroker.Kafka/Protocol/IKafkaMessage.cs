namespace OrleansBroker.Kafka.Protocol;

/// <summary>The body of a request or response, whatever its API: what a listener queues and frames.</summary>
public interface IKafkaMessage : IKafkaWritable
{
    /// <summary>The API the message belongs to; with the version it decides the header's version.</summary>
    ApiKey ApiKey { get; }
}

/// <summary>A request or response body of a known type, readable by generic code (frames, tests, clients).</summary>
/// <typeparam name="TSelf">The message type.</typeparam>
public interface IKafkaMessage<TSelf> : IKafkaMessage, IKafkaReadable<TSelf>
    where TSelf : IKafkaMessage<TSelf>
{
    /// <summary>The API of every message of this type.</summary>
    static abstract new ApiKey ApiKey { get; }

    ApiKey IKafkaMessage.ApiKey => TSelf.ApiKey;
}
