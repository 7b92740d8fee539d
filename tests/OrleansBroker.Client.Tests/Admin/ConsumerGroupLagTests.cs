using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Client.Admin;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Admin;

/// <summary>
/// The lag report (<see cref="ConsumerGroupAdminExtensions.DescribeConsumerGroupLagAsync"/>): one row for each partition
/// the group committed or a member is assigned, by topic then partition, with committed offset, log end, lag and owner,
/// each null where there is none; and <see cref="ConsumerGroupAdminExtensions.DescribeConsumerGroupsAsync"/>.
/// </summary>
[Collection(GroupCollection.Name)]
public sealed class ConsumerGroupLagTests(GroupFixture fixture) : GroupTestBase(fixture)
{
    [Fact]
    public async Task DescribeConsumerGroupLag_InactiveGroup_RowsForCommittedPartitionsByTopicThenPartition()
    {
        var second = await CreateTopicAsync("lag-b", partitions: 1);
        var first = await CreateTopicAsync("lag-a", partitions: 2);
        var gone = await CreateTopicAsync("lag-c", partitions: 1);
        await ProduceToAsync(first, 0, 5);
        await ProduceToAsync(first, 1, 3);
        await ProduceToAsync(second, 0, 4);
        var group = TestTopics.Unique("lag-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new(second, 0, 4), new(gone, 0, 0), new(first, 1, 1), new(first, 0, 2)]);
        await Admin.DeleteTopicAsync(gone);

        var lag = await Admin.DescribeConsumerGroupLagAsync(group);

        Assert.Equal((group, GroupState.Empty, 0), (lag.Group.GroupId, lag.Group.State, lag.Group.Members.Count));
        Assert.Equal(
            [Row(first, 0, 2, 5, 3), Row(first, 1, 1, 3, 2), Row(second, 0, 4, 4, 0), Row(gone, 0, 0, null, null)],
            lag.Partitions.Select(row => Row(row.TopicPartition.Topic, row.TopicPartition.Partition, row.CommittedOffset, row.LogEndOffset, row.Lag)));
        Assert.All(lag.Partitions, row => Assert.Null(row.Owner));
        Assert.Equal(5, lag.TotalLag);
    }

    [Fact]
    public async Task DescribeConsumerGroupLag_ActiveMember_AssignedPartitionsWithoutCommitHaveNoOffsetOrLag()
    {
        var topic = await CreateTopicAsync("lag-active", partitions: 2);
        await ProduceToAsync(topic, 0, 3);
        await ProduceToAsync(topic, 1, 2);
        var group = TestTopics.Unique("lag-active-group");
        await using var consumer = Subscribed(group, topic);
        await AwaitAssignmentAsync([consumer], 2, 2);
        await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 1)], Cancellation);

        var lag = await Admin.DescribeConsumerGroupLagAsync(group);

        var member = Assert.Single(lag.Group.Members);
        Assert.Equal((GroupState.Stable, "test-consumer"), (lag.Group.State, member.ClientId));
        Assert.Equal(
            [Row(topic, 0, 1, 3, 2), Row(topic, 1, null, 2, null)],
            lag.Partitions.Select(row => Row(row.TopicPartition.Topic, row.TopicPartition.Partition, row.CommittedOffset, row.LogEndOffset, row.Lag)));
        Assert.All(lag.Partitions, row => Assert.Same(member, row.Owner));
        Assert.Equal(2, lag.TotalLag);
    }

    [Fact]
    public async Task DescribeConsumerGroupLag_UnknownGroup_ThrowsGroupIdNotFound()
    {
        var group = TestTopics.Unique("no-such-group");

        var error = await Assert.ThrowsAsync<Records.BrokerException>(() => Admin.DescribeConsumerGroupLagAsync(group));

        Assert.Equal((ErrorCode.GroupIdNotFound, $"Consumer group '{group}' does not exist."), (error.Code, error.Message));
    }

    [Fact]
    public async Task DescribeConsumerGroups_ListsEachExistingGroupWithItsStateButNotDeletedOnes()
    {
        var topic = await CreateTopicAsync("groups-list");
        var kept = TestTopics.Unique("listed-group");
        var deleted = TestTopics.Unique("deleted-group");
        await Admin.AlterConsumerGroupOffsetsAsync(kept, [new(topic, 0, 0)]);
        await Admin.AlterConsumerGroupOffsetsAsync(deleted, [new(topic, 0, 0)]);
        await Admin.DeleteConsumerGroupAsync(deleted);

        var groups = await Admin.DescribeConsumerGroupsAsync();

        var listed = Assert.Single(groups, group => group.GroupId == kept);
        Assert.Equal((GroupState.Empty, 0), (listed.State, listed.Members.Count));
        Assert.DoesNotContain(groups, group => group.GroupId == deleted);
        Assert.Equal(groups.Select(group => group.GroupId).Order(StringComparer.Ordinal), groups.Select(group => group.GroupId));
    }

    private static (string Topic, int Partition, long? Committed, long? LogEnd, long? Lag) Row(string topic, int partition, long? committed, long? logEnd, long? lag) =>
        (topic, partition, committed, logEnd, lag);

    private async Task ProduceToAsync(string topic, int partition, int count)
    {
        await using var producer = NewProducer();
        for (var i = 0; i < count; i++)
        {
            await producer.ProduceAsync(Partition(topic, partition), Text($"record-{i}"), Cancellation);
        }
    }
}
