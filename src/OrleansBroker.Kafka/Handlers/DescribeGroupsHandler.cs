using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// DescribeGroups (0-4) from the group grains: state, protocol type, chosen assignor and members, with each
/// member's metadata and assignment bytes as stored. A group that does not exist is "Dead" with no members, as Kafka
/// answers before v6.
/// </summary>
public sealed class DescribeGroupsHandler(IGrainFactory grains, ILogger<DescribeGroupsHandler> logger) : KafkaRequestHandler<DescribeGroupsRequest>
{
    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(DescribeGroupsRequest request, KafkaRequestContext context) =>
        new DescribeGroupsResponse { Groups = await Task.WhenAll(request.Groups.Select(DescribeAsync)) };

    private async Task<DescribeGroupsResponse.Group> DescribeAsync(string groupId)
    {
        try
        {
            var group = await ConsumerGroupGrains.Get(grains, groupId).DescribeAsync();
            return new DescribeGroupsResponse.Group
            {
                GroupId = groupId,
                GroupState = group.State.ToString(),
                ProtocolType = group.ProtocolType,
                ProtocolData = group.ProtocolName,
                Members = [.. group.Members.Select(Describe)],
            };
        }
        catch (Exception exception)
        {
            return new DescribeGroupsResponse.Group { GroupId = groupId, ErrorCode = KafkaError.From(exception, logger).Code, GroupState = nameof(GroupState.Dead) };
        }
    }

    private static DescribeGroupsResponse.Member Describe(GroupMemberDescription member) => new()
    {
        MemberId = member.MemberId,
        GroupInstanceId = member.GroupInstanceId,
        ClientId = member.ClientId,
        ClientHost = member.ClientHost,
        MemberMetadata = member.Metadata,
        MemberAssignment = member.Assignment,
    };
}
