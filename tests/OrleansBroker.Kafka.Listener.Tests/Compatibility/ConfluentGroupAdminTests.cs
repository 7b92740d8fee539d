using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>
/// Confluent.Kafka's admin client on groups made by Kafka consumers: ListGroups shows a group once although both
/// brokers are asked, DescribeConsumerGroups its state, assignor and member with the member's assignment,
/// ListConsumerGroupOffsets the committed offsets, and DeleteGroups refuses a group with members, deletes it once
/// empty and then no longer finds it.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ConfluentGroupAdminTests(KafkaFixture fixture) : ConfluentGroupTestBase(fixture)
{
    [Fact]
    public async Task ListAndDescribe_ActiveGroup_ShowTheGroupOnceWithItsMemberAndAssignment()
    {
        var topic = await CreateTopicAsync("group-describe", partitions: 2);
        var groupId = NewGroupId();
        using var consumer = await JoinedConsumerAsync(groupId, topic, partitions: 2, "described-member");
        using var admin = NewAdmin();

        var listed = await admin.ListConsumerGroupsAsync();
        var described = Assert.Single((await admin.DescribeConsumerGroupsAsync([groupId])).ConsumerGroupDescriptions);

        Assert.False(Assert.Single(listed.Valid, group => group.GroupId == groupId).IsSimpleConsumerGroup);
        Assert.Equal((ConsumerGroupState.Stable, "range", false), (described.State, described.PartitionAssignor, described.IsSimpleConsumerGroup));
        var member = Assert.Single(described.Members);
        Assert.Equal(("described-member", "/127.0.0.1"), (member.ClientId, member.Host));
        Assert.Equal([$"{topic}-0", $"{topic}-1"], member.Assignment.TopicPartitions.Select(partition => $"{partition.Topic}-{partition.Partition.Value}").Order());
        consumer.Close();
    }

    [Fact]
    public async Task OffsetsAndDelete_CommittedGroup_ListsOffsetsAndDeletesOnlyOnceEmpty()
    {
        var topic = await CreateTopicAsync("group-delete", partitions: 2);
        var groupId = NewGroupId();
        await ProduceToEachPartitionAsync(topic, partitions: 2, perPartition: 1, "delete");
        using var consumer = NewGroupConsumer(groupId);
        consumer.Subscribe(topic);
        Consume(consumer, 2);
        consumer.Commit();
        using var admin = NewAdmin();

        var offsets = Assert.Single(await admin.ListConsumerGroupOffsetsAsync([new ConsumerGroupTopicPartitions(groupId, null)]));
        var whileActive = await Assert.ThrowsAsync<DeleteGroupsException>(() => admin.DeleteGroupsAsync([groupId]));
        consumer.Close();
        await admin.DeleteGroupsAsync([groupId]);
        var again = await Assert.ThrowsAsync<DeleteGroupsException>(() => admin.DeleteGroupsAsync([groupId]));

        Assert.Equal([$"{topic}-0@1", $"{topic}-1@1"], offsets.Partitions.Select(partition => $"{partition.Topic}-{partition.Partition.Value}@{partition.Offset.Value}").Order());
        Assert.Equal(Confluent.Kafka.ErrorCode.NonEmptyGroup, Assert.Single(whileActive.Results).Error.Code);
        Assert.Equal(Confluent.Kafka.ErrorCode.GroupIdNotFound, Assert.Single(again.Results).Error.Code);
        Assert.Empty(await Fixture.Sdk.CreateAdminClient().ListConsumerGroupOffsetsAsync(groupId));
    }
}
