namespace OrleansBroker.Client.Tests;

/// <summary>
/// Assignment: a consumer of several partitions gets every record, each partition's in offset order; a new
/// assignment replaces the old one, so records of a partition no longer assigned stop coming; a cancelled
/// Consume throws rather than returning nothing.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ConsumerAssignmentTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task ConsumeAsync_ThreePartitionsAssigned_GetsEveryRecordInPartitionOrder()
    {
        var topic = await CreateTopicAsync("test-topic", partitions: 3);
        await ProduceAsync(topic, "a", "b", "c", "d", "e", "f", "g");
        await using var consumer = NewConsumer();

        await consumer.AssignAsync([.. Enumerable.Range(0, 3).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning))]);
        var consumed = await ConsumeAsync(consumer, 7);

        Assert.Equal([Partition(topic, 0), Partition(topic, 1), Partition(topic, 2)], consumer.Assignment.OrderBy(p => p.Partition));
        var byPartition = consumed.GroupBy(r => r.Partition).OrderBy(g => g.Key).Select(g => string.Join(" ", g.Select(r => r.Message.Value)));
        Assert.Equal(["a d g", "b e", "c f"], byPartition);
        await AssertNothingMoreAsync(consumer);
    }

    [Fact]
    public async Task AssignAsync_Again_ReplacesTheAssignment()
    {
        var topic = await CreateTopicAsync("test-topic", partitions: 2);
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.Beginning);

        await consumer.AssignAsync([new TopicPartitionOffset(topic, 1, Offset.Beginning)]);
        await using (var producer = NewProducer())
        {
            await producer.ProduceAsync(Partition(topic, 0), Text("old"), Cancellation);
            await producer.ProduceAsync(Partition(topic, 1), Text("new"), Cancellation);
        }

        Assert.Equal([Partition(topic, 1)], consumer.Assignment);
        Assert.Equal([(1, "new")], (await ConsumeAsync(consumer, 1)).Select(r => (r.Partition, r.Message.Value!)));
        await AssertNothingMoreAsync(consumer);
    }

    [Fact]
    public async Task ConsumeAsync_Cancelled_ThrowsOperationCanceled()
    {
        var topic = await CreateTopicAsync("test-topic");
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.End);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);

        var consume = consumer.ConsumeAsync(ArrivalTimeout, cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consume);
    }
}
