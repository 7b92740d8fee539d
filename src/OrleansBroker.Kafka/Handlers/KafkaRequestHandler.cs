using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>The base of a handler of requests of type <typeparamref name="TRequest"/>.</summary>
/// <typeparam name="TRequest">The request body type; its API is the one served.</typeparam>
public abstract class KafkaRequestHandler<TRequest> : IKafkaRequestHandler
    where TRequest : IKafkaRequest, IKafkaMessage<TRequest>
{
    /// <inheritdoc />
    public ApiKey ApiKey => TRequest.ApiKey;

    /// <inheritdoc />
    public virtual bool WaitsForEarlierRequests => false;

    /// <inheritdoc />
    public Task<IKafkaResponse?> HandleAsync(IKafkaRequest request, KafkaRequestContext context) =>
        HandleAsync((TRequest)request, context);

    /// <summary>Serves <paramref name="request"/>, as <see cref="IKafkaRequestHandler.HandleAsync"/> describes.</summary>
    protected abstract Task<IKafkaResponse?> HandleAsync(TRequest request, KafkaRequestContext context);
}
