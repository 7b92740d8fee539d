using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Kafka.Protocol;
using Wire = OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// SyncGroup (0-3) on the group grain: the leader hands in every member's assignment, and each member's answer (a
/// long poll, like JoinGroup's) carries its own once the leader has. The bytes pass through as the leader encoded them.
/// </summary>
public sealed class SyncGroupHandler(IGrainFactory grains, ILogger<SyncGroupHandler> logger) : KafkaRequestHandler<Wire.SyncGroupRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(Wire.SyncGroupRequest request, KafkaRequestContext context)
    {
        try
        {
            var synced = await ConsumerGroupGrains.Get(grains, request.GroupId).SyncGroupAsync(new SyncGroupRequest
            {
                MemberId = request.MemberId,
                GroupInstanceId = request.GroupInstanceId,
                GenerationId = request.GenerationId,
                Assignments = Assignments(request.Assignments),
            });
            return new Wire.SyncGroupResponse { ErrorCode = (short)synced.Error, Assignment = synced.Assignment };
        }
        catch (Exception exception)
        {
            return new Wire.SyncGroupResponse { ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }

    /// <summary>Each member's assignment, copied out of the frame buffer; a member named twice gets the last.</summary>
    private static Dictionary<string, byte[]> Assignments(IReadOnlyList<Wire.SyncGroupRequest.Assignment> assignments)
    {
        var byMember = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            byMember[assignment.MemberId] = assignment.Data.ToArray();
        }

        return byMember;
    }
}
