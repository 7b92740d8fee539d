using Microsoft.Extensions.Logging;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// DeleteGroups (0-1): deletes each group and its committed offsets through its grain; NON_EMPTY_GROUP while it has
/// members, GROUP_ID_NOT_FOUND when it does not exist.
/// </summary>
public sealed class DeleteGroupsHandler(IGrainFactory grains, ILogger<DeleteGroupsHandler> logger) : KafkaRequestHandler<DeleteGroupsRequest>
{
    /// <inheritdoc />
    public override bool WaitsForEarlierRequests => true;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(DeleteGroupsRequest request, KafkaRequestContext context) =>
        new DeleteGroupsResponse { Results = await Task.WhenAll(request.GroupNames.Distinct().Select(DeleteAsync)) };

    private async Task<DeleteGroupsResponse.Result> DeleteAsync(string groupId)
    {
        try
        {
            return new DeleteGroupsResponse.Result { GroupId = groupId, ErrorCode = (short)await ConsumerGroupGrains.Get(grains, groupId).DeleteAsync() };
        }
        catch (Exception exception)
        {
            return new DeleteGroupsResponse.Result { GroupId = groupId, ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }
}
