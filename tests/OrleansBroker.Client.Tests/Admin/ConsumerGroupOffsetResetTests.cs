using OrleansBroker.Client.Admin;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Admin;

/// <summary>
/// Offset resets (<see cref="ConsumerGroupAdminExtensions.ResetConsumerGroupOffsetsAsync"/>) on a partition whose
/// retained offsets are 2..10 (records 0..9 stamped 1000, 2000, ... ms; records before 2 deleted) and whose committed
/// offset is 5: every kind, kept within the retained offsets; a dry run changes nothing and execute commits; the scope
/// is the topic's partitions or the committed ones; a shift without a commit, an active group and a negative offset
/// are refused, with nothing committed.
/// </summary>
[Collection(GroupCollection.Name)]
public sealed class ConsumerGroupOffsetResetTests(GroupFixture fixture) : GroupTestBase(fixture)
{
    private const long Committed = 5;

    [Theory]
    [InlineData(OffsetResetKind.ToEarliest, 0, 2)]
    [InlineData(OffsetResetKind.ToLatest, 0, 10)]
    [InlineData(OffsetResetKind.ToOffset, 7, 7)]
    [InlineData(OffsetResetKind.ToOffset, 0, 2)]
    [InlineData(OffsetResetKind.ToOffset, 100, 10)]
    [InlineData(OffsetResetKind.ShiftBy, -2, 3)]
    [InlineData(OffsetResetKind.ShiftBy, 3, 8)]
    [InlineData(OffsetResetKind.ShiftBy, -10, 2)]
    [InlineData(OffsetResetKind.ShiftBy, 100, 10)]
    [InlineData(OffsetResetKind.ToDatetime, 4000, 3)]
    [InlineData(OffsetResetKind.ToDatetime, 4500, 4)]
    [InlineData(OffsetResetKind.ToDatetime, 0, 2)]
    [InlineData(OffsetResetKind.ToDatetime, 99_000, 10)]
    public async Task ResetConsumerGroupOffsets_DryRunThenExecute_PlansTheTargetAndOnlyExecuteCommitsIt(OffsetResetKind kind, long value, long expected)
    {
        var (topic, group) = await GroupAtFiveAsync();
        var reset = new OffsetReset(kind, value);

        var dryRun = await Admin.ResetConsumerGroupOffsetsAsync(group, reset, topic, execute: false);
        var afterDryRun = await Admin.ListConsumerGroupOffsetsAsync(group);
        var executed = await Admin.ResetConsumerGroupOffsetsAsync(group, reset, topic, execute: true);
        var afterExecute = await Admin.ListConsumerGroupOffsetsAsync(group);

        Assert.Equal([new TopicPartitionOffset(topic, 0, expected)], dryRun);
        Assert.Equal([new TopicPartitionOffset(topic, 0, Committed)], afterDryRun);
        Assert.Equal([new TopicPartitionOffset(topic, 0, expected)], executed);
        Assert.Equal([new TopicPartitionOffset(topic, 0, expected)], afterExecute);
    }

    [Fact]
    public async Task ResetConsumerGroupOffsets_WithoutTopic_ResetsOnlyCommittedPartitions_WithTopic_EveryPartition()
    {
        var topic = await CreateTopicAsync("reset-scope", partitions: 3);
        await ProduceAsync(topic, "a", "b", "c", "d", "e", "f");
        var group = TestTopics.Unique("reset-scope-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new(topic, 1, 0)]);
        var toLatest = new OffsetReset(OffsetResetKind.ToLatest, 0);

        var committedOnly = await Admin.ResetConsumerGroupOffsetsAsync(group, toLatest, topic: null, execute: false);
        var wholeTopic = await Admin.ResetConsumerGroupOffsetsAsync(group, toLatest, topic, execute: false);

        Assert.Equal([new TopicPartitionOffset(topic, 1, 2)], committedOnly);
        Assert.Equal([new TopicPartitionOffset(topic, 0, 2), new TopicPartitionOffset(topic, 1, 2), new TopicPartitionOffset(topic, 2, 2)], wholeTopic);
    }

    [Fact]
    public async Task ResetConsumerGroupOffsets_ShiftWhereNothingIsCommitted_RefusedAndCommitsNothing()
    {
        var topic = await CreateTopicAsync("reset-shift", partitions: 2);
        await ProduceAsync(topic, "a", "b", "c", "d");
        var group = TestTopics.Unique("reset-shift-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new(topic, 0, 2)]);

        var error = await Assert.ThrowsAsync<Records.BrokerException>(
            () => Admin.ResetConsumerGroupOffsetsAsync(group, new OffsetReset(OffsetResetKind.ShiftBy, -1), topic, execute: true));

        Assert.Equal(
            (ErrorCode.InvalidRequest, $"Cannot shift the offset of partition {topic}-1: the group has no committed offset for it."),
            (error.Code, error.Message));
        Assert.Equal([new TopicPartitionOffset(topic, 0, 2)], await Admin.ListConsumerGroupOffsetsAsync(group));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ResetConsumerGroupOffsets_ActiveGroup_RefusedWithNonEmptyGroupEvenForADryRun(bool execute)
    {
        var topic = await CreateTopicAsync("reset-active");
        await ProduceAsync(topic, "a", "b");
        var group = TestTopics.Unique("reset-active-group");
        await using var consumer = Subscribed(group, topic);
        await AwaitAssignmentAsync([consumer], 1, 1);
        await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 1)], Cancellation);

        var error = await Assert.ThrowsAsync<Records.BrokerException>(
            () => Admin.ResetConsumerGroupOffsetsAsync(group, new OffsetReset(OffsetResetKind.ToEarliest, 0), topic, execute));

        Assert.Equal(
            (ErrorCode.NonEmptyGroup, $"Assignments can only be reset if the group '{group}' is inactive, but the current state is Stable."),
            (error.Code, error.Message));
        Assert.Equal([new TopicPartitionOffset(topic, 0, 1)], await Admin.ListConsumerGroupOffsetsAsync(group));
    }

    [Fact]
    public void OffsetReset_NegativeOffset_RefusedNamingTheValue()
    {
        var error = Assert.Throws<ArgumentException>(() => new OffsetReset(OffsetResetKind.ToOffset, -1));

        Assert.Equal("The offset must be a non-negative number (got -1).", error.Message);
    }

    [Fact]
    public void OffsetReset_NegativeShift_IsAllowed()
    {
        var reset = new OffsetReset(OffsetResetKind.ShiftBy, -3);

        Assert.Equal((OffsetResetKind.ShiftBy, -3L), (reset.Kind, reset.Value));
    }

    /// <summary>A one-partition topic with records 0..9 stamped 1000..10000 ms, 0 and 1 deleted, and a group committed at 5.</summary>
    private async Task<(string Topic, string Group)> GroupAtFiveAsync()
    {
        var topic = await CreateTopicAsync("reset-kinds");
        await using (var producer = NewProducer())
        {
            for (var i = 0; i < 10; i++)
            {
                await producer.ProduceAsync(topic, new Message<string, string> { Value = $"record-{i}", Timestamp = 1000L * (i + 1) }, Cancellation);
            }
        }

        await Admin.DeleteRecordsAsync(Partition(topic, 0), 2);
        var group = TestTopics.Unique("reset-kinds-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new(topic, 0, Committed)]);
        return (topic, group);
    }
}
