namespace OrleansBroker.Client.Tests;

/// <summary>
/// Seek moves an assigned partition's position forwards and backwards: the next record is the one at the new
/// offset, records prefetched from the old position are dropped, and seeking an unassigned partition is refused.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ConsumerSeekTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task SeekAsync_ForwardThenBack_ContinuesFromEachNewOffset()
    {
        var topic = await CreateTopicAsync("seek");
        await ProduceAsync(topic, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.Beginning);
        var start = await ConsumeAsync(consumer, 3);

        await consumer.SeekAsync(new TopicPartitionOffset(topic, 0, 7));
        Assert.Equal(new Offset(7), consumer.Position(Partition(topic, 0)));
        var forward = await ConsumeAsync(consumer, 2);
        await consumer.SeekAsync(new TopicPartitionOffset(topic, 0, 1));
        var back = await ConsumeAsync(consumer, 3);

        Assert.Equal(["a", "b", "c"], start.Select(r => r.Message.Value));
        Assert.Equal([(7L, "h"), (8L, "i")], forward.Select(r => (r.Offset, r.Message.Value!)));
        Assert.Equal([(1L, "b"), (2L, "c"), (3L, "d")], back.Select(r => (r.Offset, r.Message.Value!)));
        Assert.Equal(new Offset(4), consumer.Position(Partition(topic, 0)));
    }

    [Fact]
    public async Task SeekAsync_ToEnd_GetsOnlyNewRecords()
    {
        var topic = await CreateTopicAsync("seek");
        await ProduceAsync(topic, "a", "b", "c");
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.Beginning);

        await consumer.SeekAsync(new TopicPartitionOffset(topic, 0, Offset.End));
        await ProduceAsync(topic, "d");

        Assert.Equal([(3L, "d")], (await ConsumeAsync(consumer, 1)).Select(r => (r.Offset, r.Message.Value!)));
    }

    [Fact]
    public async Task SeekAsync_UnassignedPartition_Throws()
    {
        var topic = await CreateTopicAsync("seek", partitions: 2);
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.Beginning);

        await Assert.ThrowsAsync<InvalidOperationException>(() => consumer.SeekAsync(new TopicPartitionOffset(topic, 1, 0)));
    }
}
