using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// FindCoordinator (0-2): every broker coordinates every group, since the group grain is reached through Orleans from
/// any listener, so the answer is the broker asked. Transactional ids (key type 1) get INVALID_REQUEST: there are no
/// transactions, and a non-retriable error fails such a producer at once rather than after its retries.
/// </summary>
public sealed class FindCoordinatorHandler : KafkaRequestHandler<FindCoordinatorRequest>
{
    /// <inheritdoc />
    protected override Task<IKafkaResponse?> HandleAsync(FindCoordinatorRequest request, KafkaRequestContext context)
    {
        var response = request.KeyType == FindCoordinatorRequest.GroupKeyType
            ? new FindCoordinatorResponse { NodeId = context.Broker.NodeId, Host = context.Broker.Host, Port = context.Broker.Port }
            : new FindCoordinatorResponse { ErrorCode = (short)ErrorCode.InvalidRequest, ErrorMessage = $"Key type {request.KeyType} is not served: this broker coordinates consumer groups only (no transactions).", NodeId = -1 };
        return Task.FromResult<IKafkaResponse?>(response);
    }
}
