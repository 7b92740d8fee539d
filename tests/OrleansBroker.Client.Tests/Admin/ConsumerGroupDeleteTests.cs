using OrleansBroker.Client.Admin;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Admin;

/// <summary>
/// <see cref="ConsumerGroupAdminExtensions.DeleteInactiveConsumerGroupAsync"/>: refused in Kafka's words while the
/// group has a member (its offsets stay), done once the member left, and an unknown group is GroupIdNotFound.
/// </summary>
[Collection(GroupCollection.Name)]
public sealed class ConsumerGroupDeleteTests(GroupFixture fixture) : GroupTestBase(fixture)
{
    [Fact]
    public async Task DeleteInactiveConsumerGroup_WhileActiveRefused_ThenDeletedOnceTheMemberLeft()
    {
        var topic = await CreateTopicAsync("delete-group");
        var group = TestTopics.Unique("delete-group");
        await using (var consumer = Subscribed(group, topic))
        {
            await AwaitAssignmentAsync([consumer], 1, 1);
            await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 0)], Cancellation);

            var error = await Assert.ThrowsAsync<Records.BrokerException>(() => Admin.DeleteInactiveConsumerGroupAsync(group));

            Assert.Equal(
                (ErrorCode.NonEmptyGroup, $"Deletion is only possible if the group '{group}' is inactive, but the current state is Stable."),
                (error.Code, error.Message));
            Assert.Equal([new TopicPartitionOffset(topic, 0, 0)], await Admin.ListConsumerGroupOffsetsAsync(group));
        }

        await Admin.DeleteInactiveConsumerGroupAsync(group);

        Assert.DoesNotContain(group, await Admin.ListConsumerGroupsAsync());
        var gone = await Assert.ThrowsAsync<Records.BrokerException>(() => Admin.DescribeConsumerGroupAsync(group));
        Assert.Equal(ErrorCode.GroupIdNotFound, gone.Code);
    }

    [Fact]
    public async Task DeleteInactiveConsumerGroup_UnknownGroup_ThrowsGroupIdNotFound()
    {
        var group = TestTopics.Unique("no-such-group");

        var error = await Assert.ThrowsAsync<Records.BrokerException>(() => Admin.DeleteInactiveConsumerGroupAsync(group));

        Assert.Equal((ErrorCode.GroupIdNotFound, $"Consumer group '{group}' does not exist."), (error.Code, error.Message));
    }
}
