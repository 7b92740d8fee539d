using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Client.ConsumerGroups;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Admin;

/// <summary>
/// Consumer-group administration as kafka-consumer-groups does it, composed from <see cref="IAdminClient"/> calls: the
/// lag report, offset resets and deletion, with Kafka's checks and wording. <c>obk</c> and the frontend both use these.
/// </summary>
public static class ConsumerGroupAdminExtensions
{
    /// <summary>Every consumer group's description, by group id; a group deleted while they are gathered is left out.</summary>
    public static async Task<IReadOnlyList<ConsumerGroupDescription>> DescribeConsumerGroupsAsync(this IAdminClient admin)
    {
        var groups = await admin.ListConsumerGroupsAsync();
        var descriptions = await Task.WhenAll(groups.Select(async group =>
        {
            try
            {
                return await admin.DescribeConsumerGroupAsync(group);
            }
            catch (BrokerException e) when (e.Code == ErrorCode.GroupIdNotFound)
            {
                return null;
            }
        }));
        return [.. descriptions.OfType<ConsumerGroupDescription>()];
    }

    /// <summary>
    /// The group and, for each partition it has committed or a member is assigned, the committed offset, log end, lag
    /// and owner; <see cref="ErrorCode.GroupIdNotFound"/> when the group does not exist.
    /// </summary>
    public static async Task<ConsumerGroupLag> DescribeConsumerGroupLagAsync(this IAdminClient admin, string group)
    {
        var description = await admin.DescribeConsumerGroupAsync(group);
        var committed = (await admin.ListConsumerGroupOffsetsAsync(group)).ToDictionary(offset => offset.TopicPartition, offset => offset.Offset.Value);
        var owners = description.Members
            .SelectMany(member => member.Assignment.Select(partition => (Partition: partition, Member: member)))
            .ToDictionary(pair => pair.Partition, pair => pair.Member);
        var rows = await Task.WhenAll(committed.Keys.Union(owners.Keys).Order(TopicPartitionOrder.Instance).Select(async partition =>
            new ConsumerGroupPartitionLag(
                partition,
                committed.TryGetValue(partition, out var offset) ? offset : null,
                await LogEndOffsetAsync(admin, partition),
                owners.GetValueOrDefault(partition))));
        return new ConsumerGroupLag(description, rows);
    }

    /// <summary>
    /// Moves the group's committed offsets as <paramref name="reset"/> says, for every partition of <paramref name="topic"/>
    /// or, when it is null, for every partition the group has committed. Only while the group is inactive
    /// (<see cref="ErrorCode.NonEmptyGroup"/> otherwise, even for a dry run, as Kafka refuses).
    /// </summary>
    /// <param name="admin">The admin client.</param>
    /// <param name="group">The group id.</param>
    /// <param name="reset">Where to move the offsets.</param>
    /// <param name="topic">The topic whose partitions to reset; null for the partitions the group has committed.</param>
    /// <param name="execute">True to commit the new offsets; false for a dry run that changes nothing.</param>
    /// <returns>The new offsets, by topic then partition.</returns>
    public static async Task<IReadOnlyList<TopicPartitionOffset>> ResetConsumerGroupOffsetsAsync(
        this IAdminClient admin, string group, OffsetReset reset, string? topic, bool execute)
    {
        RequireInactive(await admin.DescribeConsumerGroupAsync(group), "Assignments can only be reset");
        var committed = await admin.ListConsumerGroupOffsetsAsync(group);
        var partitions = topic is not null
            ? Enumerable.Range(0, (await admin.DescribeTopicAsync(topic)).Metadata.PartitionCount).Select(partition => new TopicPartition(topic, partition))
            : committed.Select(offset => offset.TopicPartition);
        var planned = await OffsetResetPlanner.PlanAsync(admin, reset, partitions, committed);
        if (execute)
        {
            await admin.AlterConsumerGroupOffsetsAsync(group, planned);
        }

        return planned;
    }

    /// <summary>
    /// Deletes the group and its committed offsets, only while it is inactive: <see cref="ErrorCode.GroupIdNotFound"/>
    /// when it does not exist, <see cref="ErrorCode.NonEmptyGroup"/> in Kafka's words while it has members.
    /// </summary>
    public static async Task DeleteInactiveConsumerGroupAsync(this IAdminClient admin, string group)
    {
        RequireInactive(await admin.DescribeConsumerGroupAsync(group), "Deletion is only possible");
        await admin.DeleteConsumerGroupAsync(group);
    }

    /// <summary>Refuses to change a group with members, in kafka-consumer-groups' words (<paramref name="what"/> names the change).</summary>
    private static void RequireInactive(ConsumerGroupDescription group, string what)
    {
        if (group.State != GroupState.Empty)
        {
            throw new BrokerException(
                ErrorCode.NonEmptyGroup, $"{what} if the group '{group.GroupId}' is inactive, but the current state is {group.State}.");
        }
    }

    /// <summary>The partition's log end offset; null when the partition no longer exists.</summary>
    private static async Task<long?> LogEndOffsetAsync(IAdminClient admin, TopicPartition partition)
    {
        try
        {
            return (await admin.ListOffsetsAsync(partition, Offset.End.Value)).Offset;
        }
        catch (BrokerException e) when (e.Code == ErrorCode.UnknownTopicOrPartition)
        {
            return null;
        }
    }
}
