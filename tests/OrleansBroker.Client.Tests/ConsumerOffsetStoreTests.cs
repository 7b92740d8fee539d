using OrleansBroker.Client.Consuming;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// enable.auto.offset.store off: the group commits only what the application stored as done, on CommitAsync(), by
/// auto-commit and on closing, so records handed out but not finished are read again by the next member.
/// </summary>
[Collection(GroupCollection.Name)]
public sealed class ConsumerOffsetStoreTests(GroupFixture fixture) : GroupTestBase(fixture)
{
    [Fact]
    public async Task CommitAsync_CommitsTheStoredOffset_NotThePosition()
    {
        var topic = await CreateTopicAsync("store");
        var group = TestTopics.Unique("group");
        await ProduceAsync(topic, "a", "b", "c", "d", "e");
        await using var consumer = Subscribed(group, topic, ManualStore(group, autoCommit: false));

        var consumed = await ConsumeAsync(consumer, 5);
        consumer.StoreOffset(consumed[1]);
        await consumer.CommitAsync(Cancellation);

        Assert.Equal(5, consumer.Position(Partition(topic, 0)).Value);
        Assert.Equal(2L, Assert.Single(await CommittedAsync(group, topic, 1)));
    }

    [Fact]
    public async Task Close_WithAutoCommit_CommitsOnlyWhatWasStored_NextMemberResumesThere()
    {
        var topic = await CreateTopicAsync("store-close");
        var group = TestTopics.Unique("group");
        await ProduceAsync(topic, "a", "b", "c", "d", "e");
        await using (var first = Subscribed(group, topic, ManualStore(group, autoCommit: true)))
        {
            var consumed = await ConsumeAsync(first, 5);
            first.StoreOffset(consumed[2]);
        }

        Assert.Equal(3L, Assert.Single(await CommittedAsync(group, topic, 1)));
        await using var next = Subscribed(group, topic, ManualStore(group, autoCommit: true));
        Assert.Equal(["d", "e"], (await ConsumeAsync(next, 2)).Select(record => record.Message.Value));
    }

    [Fact]
    public async Task Commit_WithNothingStored_CommitsNothing()
    {
        var topic = await CreateTopicAsync("store-none");
        var group = TestTopics.Unique("group");
        await ProduceAsync(topic, "a", "b");
        await using var consumer = Subscribed(group, topic, ManualStore(group, autoCommit: false));

        await ConsumeAsync(consumer, 2);
        await consumer.CommitAsync(Cancellation);

        Assert.Equal(-1L, Assert.Single(await CommittedAsync(group, topic, 1)));
    }

    [Fact]
    public async Task StoreOffset_RefusedWhenAutoStoreIsOn_NotAssigned_OrNegative()
    {
        var topic = await CreateTopicAsync("store-refused");
        var group = TestTopics.Unique("group");
        await ProduceAsync(topic, "a");
        await using var automatic = Subscribed(group, topic);
        var record = (await ConsumeAsync(automatic, 1))[0];
        await using var manual = NewConsumer(ManualStore(TestTopics.Unique("group"), autoCommit: false));

        Assert.Contains("EnableAutoOffsetStore = false", Assert.Throws<InvalidOperationException>(() => automatic.StoreOffset(record)).Message, StringComparison.Ordinal);
        Assert.Contains("not assigned", Assert.Throws<InvalidOperationException>(() => manual.StoreOffset(record)).Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCode.InvalidRequest, Assert.Throws<BrokerException>(() => manual.StoreOffset(new TopicPartitionOffset(topic, 0, -3))).Code);
    }

    private static ConsumerConfig ManualStore(string group, bool autoCommit)
    {
        var config = GroupConfig(group);
        config.EnableAutoOffsetStore = false;
        config.EnableAutoCommit = autoCommit;
        return config;
    }
}
