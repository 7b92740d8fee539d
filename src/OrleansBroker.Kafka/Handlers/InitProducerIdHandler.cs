using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.Producers;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// InitProducerId (0-1): a new producer id (epoch 0) from the cluster's producer-id grain, which idempotent producers
/// (the Java client's default) stamp on their batches so partitions drop resent duplicates. Transactions are not
/// served: a transactional id is refused with INVALID_REQUEST, as FindCoordinator refuses the transaction coordinator.
/// </summary>
public sealed class InitProducerIdHandler(IGrainFactory grains, ILogger<InitProducerIdHandler> logger) : KafkaRequestHandler<InitProducerIdRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(InitProducerIdRequest request, KafkaRequestContext context)
    {
        if (request.TransactionalId is not null)
        {
            return new InitProducerIdResponse { ErrorCode = (short)Records.ErrorCode.InvalidRequest };
        }

        try
        {
            var identity = await grains.GetGrain<IProducerIdGrain>(IProducerIdGrain.Key).InitProducerIdAsync();
            return new InitProducerIdResponse { ProducerId = identity.ProducerId, ProducerEpoch = identity.ProducerEpoch };
        }
        catch (Exception exception)
        {
            return new InitProducerIdResponse { ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }
}
