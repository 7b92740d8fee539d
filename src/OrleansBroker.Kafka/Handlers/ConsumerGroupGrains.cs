using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>Reaches the group grain a request names, refusing an empty group id (INVALID_GROUP_ID, as Kafka does) before any grain activates.</summary>
internal static class ConsumerGroupGrains
{
    /// <summary>The grain of <paramref name="groupId"/>; throws <see cref="BrokerException"/> with INVALID_GROUP_ID for an empty id.</summary>
    public static IConsumerGroupGrain Get(IGrainFactory grains, string groupId) =>
        groupId.Length > 0
            ? grains.GetGrain<IConsumerGroupGrain>(groupId)
            : throw new BrokerException(ErrorCode.InvalidGroupId, "The group id is empty.");
}
