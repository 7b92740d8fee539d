using OrleansBroker.Testing;
using OrleansBroker.Client.Consuming;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// Walkthrough section 6 through the SDK: three consumers in one group share a 3-partition topic one partition each,
/// receive a d g / b e / c f of records produced after they were assigned, and after committing the group's offsets
/// equal the log end offsets (lag 0). Two groups on one topic each receive every record.
/// </summary>
[Collection(GroupCollection.Name)]
public sealed class ConsumerGroupWalkthroughTests(GroupFixture fixture) : GroupTestBase(fixture)
{
    [Fact]
    public async Task ThreeConsumers_OnePartitionEach_ReceiveRoundRobinRecordsAndCommitToLagZero()
    {
        var topic = await CreateTopicAsync("test-topic", partitions: 3);
        var group = TestTopics.Unique("test-consumer-group");
        var consumers = new[] { Subscribed(group, topic), Subscribed(group, topic), Subscribed(group, topic) };
        try
        {
            await AwaitAssignmentAsync(consumers, 3, 1, 1, 1);
            await ProduceAsync(topic, "a", "b", "c", "d", "e", "f", "g");

            var received = await ConsumeAllAsync(consumers, 7);

            var byPartition = received.GroupBy(r => r.Record.Partition).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(r => r.Record.Message.Value)));
            Assert.Equal(new Dictionary<int, string> { [0] = "a d g", [1] = "b e", [2] = "c f" }, byPartition);
            Assert.All(received.GroupBy(r => r.Record.Partition), g => Assert.Single(g.Select(r => r.Consumer).Distinct()));
            foreach (var consumer in consumers)
            {
                await consumer.CommitAsync(Cancellation);
            }

            var committed = await CommittedAsync(group, topic, 3);
            Assert.Equal([3L, 2L, 2L], committed);
        }
        finally
        {
            await Task.WhenAll(consumers.Select(consumer => consumer.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task TwoGroups_OneTopic_EachReceivesEveryRecord()
    {
        var topic = await CreateTopicAsync("shared", partitions: 2);
        await using var first = Subscribed(TestTopics.Unique("group-one"), topic);
        await using var second = Subscribed(TestTopics.Unique("group-two"), topic);
        await AwaitAssignmentAsync([first], 2, 2);
        await AwaitAssignmentAsync([second], 2, 2);

        await ProduceAsync(topic, "a", "b", "c", "d");

        foreach (var consumer in new[] { first, second })
        {
            var values = (await ConsumeAsync(consumer, 4)).Select(result => result.Message.Value).Order();
            Assert.Equal(["a", "b", "c", "d"], values);
        }
    }

    [Fact]
    public async Task Subscribe_WithoutGroupId_RefusedWithInvalidGroupId()
    {
        var topic = await CreateTopicAsync("no-group");
        await using var consumer = NewConsumer(new ConsumerConfig());

        var error = Assert.Throws<Records.BrokerException>(() => consumer.Subscribe([topic]));

        Assert.Equal(ErrorCode.InvalidGroupId, error.Code);
    }
}
