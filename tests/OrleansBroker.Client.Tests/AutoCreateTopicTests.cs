using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// auto.create.topics.enable on (the default): producing to a topic that does not exist creates it with the broker's
/// defaults (one partition) and stores the record at offset 0 — also when a producer still holds metadata of a topic
/// that another client deleted: its next record fails with UnknownTopicOrPartition, the one after re-creates the topic.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class AutoCreateTopicTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task ProduceAsync_MissingTopic_CreatesItWithBrokerDefaults()
    {
        var topic = TestTopics.Unique("auto-created");

        var result = await ProduceAsync(topic, "first");

        Assert.Equal((0, 0L), (result[0].Partition, result[0].Offset));
        Assert.Contains(topic, await Admin.ListTopicsAsync());
        var description = await Admin.DescribeTopicAsync(topic);
        Assert.Equal((1, (short)1), (description.Metadata.PartitionCount, description.Metadata.ReplicationFactor));
        Assert.Equal(["first"], await ReadValuesAsync(topic, 0, Offset.Beginning, 1));
    }

    [Fact]
    public async Task ProduceAsync_TopicDeletedByAnotherClient_FailsOnceThenRecreatesIt()
    {
        var topic = await CreateTopicAsync("deleted-elsewhere");
        await using var producer = NewProducer();
        Assert.Equal(0L, (await producer.ProduceAsync(topic, Text("before"), Cancellation)).Offset);
        await BrokerClient.FromClusterClient(Broker.Client).CreateAdminClient().DeleteTopicAsync(topic);

        var stale = await Assert.ThrowsAsync<Records.BrokerException>(() => producer.ProduceAsync(topic, Text("lost"), Cancellation));
        var again = await producer.ProduceAsync(topic, Text("after"), Cancellation);

        Assert.Equal(ErrorCode.UnknownTopicOrPartition, stale.Code);
        Assert.Equal((0, 0L), (again.Partition, again.Offset));
        Assert.Equal(["after"], await ReadValuesAsync(topic, 0, Offset.Beginning, 1));
    }
}
