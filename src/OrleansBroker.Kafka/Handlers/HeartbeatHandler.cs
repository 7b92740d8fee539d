using Microsoft.Extensions.Logging;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>Heartbeat (0-3) on the group grain: keeps the member alive; REBALANCE_IN_PROGRESS tells it to rejoin.</summary>
public sealed class HeartbeatHandler(IGrainFactory grains, ILogger<HeartbeatHandler> logger) : KafkaRequestHandler<HeartbeatRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(HeartbeatRequest request, KafkaRequestContext context)
    {
        try
        {
            var error = await ConsumerGroupGrains.Get(grains, request.GroupId).HeartbeatAsync(request.MemberId, request.GroupInstanceId, request.GenerationId);
            return new HeartbeatResponse { ErrorCode = (short)error };
        }
        catch (Exception exception)
        {
            return new HeartbeatResponse { ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }
}
