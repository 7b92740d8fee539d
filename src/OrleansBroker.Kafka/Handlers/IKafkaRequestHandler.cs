using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// Serves one Kafka API. The listener calls <see cref="HandleAsync"/> in the order requests arrive on a connection,
/// lets handlers run concurrently, and writes their responses in request order. Derive from
/// <see cref="KafkaRequestHandler{TRequest}"/> and register the class in <see cref="KafkaServices"/>: the API
/// is then served and advertised by ApiVersions.
/// </summary>
public interface IKafkaRequestHandler
{
    /// <summary>The API served, at every version <see cref="SupportedApis"/> lists for it.</summary>
    ApiKey ApiKey { get; }

    /// <summary>
    /// True for requests that change the cluster (create or delete topics, ...): they start only once every earlier
    /// request of the connection has finished, and later ones wait for them, as if the connection were serial.
    /// </summary>
    bool WaitsForEarlierRequests { get; }

    /// <summary>
    /// Serves <paramref name="request"/>; the response, or null for none (Produce with acks=0). Called synchronously
    /// in request order, so work queued before the first await keeps the connection's order. Failures of single
    /// topics or partitions belong in the response's error codes; an exception closes the connection.
    /// </summary>
    Task<IKafkaResponse?> HandleAsync(IKafkaRequest request, KafkaRequestContext context);
}
