using Microsoft.Extensions.Logging;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// LeaveGroup (0-3) on the group grain, so a closing consumer's partitions move at once. v0-2 name one member and
/// answer with its error; v3 lists members (by member id, or group instance id for static members), each with its own.
/// </summary>
public sealed class LeaveGroupHandler(IGrainFactory grains, ILogger<LeaveGroupHandler> logger) : KafkaRequestHandler<LeaveGroupRequest>
{
    private const short FirstBatchVersion = 3;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(LeaveGroupRequest request, KafkaRequestContext context)
    {
        if (context.ApiVersion < FirstBatchVersion)
        {
            return new LeaveGroupResponse { ErrorCode = await LeaveAsync(request.GroupId, request.MemberId, null) };
        }

        var members = new List<LeaveGroupResponse.Member>();
        foreach (var member in request.Members)
        {
            var error = await LeaveAsync(request.GroupId, member.MemberId, member.GroupInstanceId);
            members.Add(new LeaveGroupResponse.Member { MemberId = member.MemberId, GroupInstanceId = member.GroupInstanceId, ErrorCode = error });
        }

        return new LeaveGroupResponse { Members = members };
    }

    private async Task<short> LeaveAsync(string groupId, string memberId, string? groupInstanceId)
    {
        try
        {
            return (short)await ConsumerGroupGrains.Get(grains, groupId).LeaveGroupAsync(memberId, groupInstanceId);
        }
        catch (Exception exception)
        {
            return KafkaError.From(exception, logger).Code;
        }
    }
}
