using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// ListGroups (0-2): the groups of the group registry with their protocol type, empty for a group with only committed
/// offsets. Clients ask every broker and add up the answers, as each Kafka group has one coordinator; here every
/// broker coordinates every group, so only the controller (the first live broker, as Metadata names it) lists them
/// and the others answer none, and each group is listed once.
/// </summary>
public sealed class ListGroupsHandler(IGrainFactory grains, ILogger<ListGroupsHandler> logger) : KafkaRequestHandler<ListGroupsRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(ListGroupsRequest request, KafkaRequestContext context)
    {
        try
        {
            var brokers = await LiveBrokers.GetAsync(grains, context.Broker);
            if (brokers[0].NodeId != context.Broker.NodeId)
            {
                return new ListGroupsResponse();
            }

            var ids = await grains.GetGrain<IConsumerGroupRegistryGrain>(IConsumerGroupRegistryGrain.Key).ListAsync();
            var groups = await Task.WhenAll(ids.Select(id => grains.GetGrain<IConsumerGroupGrain>(id).DescribeAsync()));
            return new ListGroupsResponse
            {
                Groups = [.. groups.Where(group => group.State != GroupState.Dead).Select(group => new ListGroupsResponse.Group { GroupId = group.GroupId, ProtocolType = group.ProtocolType })],
            };
        }
        catch (Exception exception)
        {
            return new ListGroupsResponse { ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }
}
