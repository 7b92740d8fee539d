namespace OrleansBroker.Client.Tests;

/// <summary>
/// Walkthrough section 7 through the SDK: with a..j in partition 0, a consumer at the end gets nothing yet; one at
/// offset 4 gets e..j; one from the beginning gets a..j. Position tracks the next offset Consume returns.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class OffsetTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

    [Fact]
    public async Task Consume_AtEnd_GetsNothingYet()
    {
        var topic = await HisTopicAsync();

        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.End);

        Assert.Equal(new Offset(10), consumer.Position(Partition(topic, 0)));
        await AssertNothingMoreAsync(consumer);
    }

    [Fact]
    public async Task Consume_FromOffsetFour_GetsEThroughJ()
    {
        var topic = await HisTopicAsync();

        await using var consumer = await AssignedConsumerAsync(topic, 0, 4);

        var consumed = await ConsumeAsync(consumer, 6);
        Assert.Equal(Letters[4..], consumed.Select(r => r.Message.Value));
        Assert.Equal([4L, 5, 6, 7, 8, 9], consumed.Select(r => r.Offset));
        await AssertNothingMoreAsync(consumer);
    }

    [Fact]
    public async Task Consume_FromBeginning_GetsAThroughJ()
    {
        var topic = await HisTopicAsync();

        Assert.Equal(Letters, await ReadValuesAsync(topic, 0, Offset.Beginning, 10));
    }

    [Fact]
    public async Task Position_WhileConsuming_IsTheNextOffsetToReturn()
    {
        var topic = await HisTopicAsync();
        var partition = Partition(topic, 0);
        await using var consumer = NewConsumer();
        Assert.Equal(Offset.Unset, consumer.Position(partition));

        await consumer.AssignAsync([new TopicPartitionOffset(partition, Offset.Beginning)]);
        var atStart = consumer.Position(partition);
        await ConsumeAsync(consumer, 3);
        var afterThree = consumer.Position(partition);
        await ConsumeAsync(consumer, 7);

        Assert.Equal([0L, 3, 10], [atStart.Value, afterThree.Value, consumer.Position(partition).Value]);
        consumer.Unassign();
        Assert.Equal(Offset.Unset, consumer.Position(partition));
        Assert.Empty(consumer.Assignment);
    }

    private async Task<string> HisTopicAsync()
    {
        var topic = await CreateTopicAsync("his-topic");
        await ProduceAsync(topic, Letters);
        return topic;
    }
}
