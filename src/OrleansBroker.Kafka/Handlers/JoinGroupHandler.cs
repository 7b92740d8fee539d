using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Kafka.Protocol;
using Wire = OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// JoinGroup (0-5) on the group grain. The answer waits for the rebalance (a long poll of up to the rebalance
/// timeout): the connection goes on reading meanwhile and keeps its responses in order, and other connections are
/// not held up. From v4 a first join gets MEMBER_ID_REQUIRED with the id to join again with; v0 has no rebalance
/// timeout, so the session timeout serves; v5 adds static members (group.instance.id).
/// </summary>
public sealed class JoinGroupHandler(IGrainFactory grains, ILogger<JoinGroupHandler> logger) : KafkaRequestHandler<Wire.JoinGroupRequest>
{
    private const short FirstVersionRequiringMemberId = 4;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(Wire.JoinGroupRequest request, KafkaRequestContext context)
    {
        try
        {
            var joined = await ConsumerGroupGrains.Get(grains, request.GroupId).JoinGroupAsync(ToGrainRequest(request, context));
            return new Wire.JoinGroupResponse
            {
                ErrorCode = (short)joined.Error,
                GenerationId = joined.GenerationId,
                ProtocolName = joined.ProtocolName ?? "",
                Leader = joined.LeaderId,
                MemberId = joined.MemberId,
                Members = [.. joined.Members.Select(member => new Wire.JoinGroupResponse.Member { MemberId = member.MemberId, GroupInstanceId = member.GroupInstanceId, Metadata = member.Metadata })],
            };
        }
        catch (Exception exception)
        {
            return new Wire.JoinGroupResponse { ErrorCode = KafkaError.From(exception, logger).Code, MemberId = request.MemberId };
        }
    }

    private static JoinGroupRequest ToGrainRequest(Wire.JoinGroupRequest request, KafkaRequestContext context) => new()
    {
        MemberId = request.MemberId,
        GroupInstanceId = request.GroupInstanceId,
        ClientId = context.Header.ClientId ?? "",
        ClientHost = context.ClientHost,
        SessionTimeoutMs = request.SessionTimeoutMs,
        RebalanceTimeoutMs = request.RebalanceTimeoutMs < 0 ? request.SessionTimeoutMs : request.RebalanceTimeoutMs,
        ProtocolType = request.ProtocolType,
        // Copied: the request's bytes live in the connection's frame buffer, which is reused once this request is answered.
        Protocols = [.. request.Protocols.Select(protocol => new GroupProtocol(protocol.Name, protocol.Metadata.ToArray()))],
        RequireKnownMemberId = context.ApiVersion >= FirstVersionRequiringMemberId,
    };
}
