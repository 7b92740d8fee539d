namespace OrleansBroker.Client.Tests;

/// <summary>
/// Walkthrough section 3 through the SDK: lines produced one after another reach a consumer in order; a consumer
/// assigned at the end gets exactly the records produced after its assignment returned; one assigned at the
/// beginning gets everything retained, then what comes later.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ProduceConsumeTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    private static readonly string[] Lines = ["Hello Kafka.", "Nice to meet you.", "See you again."];

    [Fact]
    public async Task Consume_ThreeLinesProducedOneByOne_ArriveInOrder()
    {
        var topic = await CreateTopicAsync("test-topic");
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.End);
        await using var producer = NewProducer();

        foreach (var line in Lines)
        {
            await producer.ProduceAsync(topic, Text(line), Cancellation);
        }

        var consumed = await ConsumeAsync(consumer, 3);
        Assert.Equal(Lines.Select((line, offset) => (topic, 0, (long)offset, line)), consumed.Select(r => (r.Topic, r.Partition, r.Offset, r.Message.Value!)));
        await AssertNothingMoreAsync(consumer);
    }

    [Fact]
    public async Task Consume_AssignedAtEnd_GetsOnlyRecordsProducedAfterAssign()
    {
        var topic = await CreateTopicAsync("test-topic");
        await ProduceAsync(topic, "before-1", "before-2");
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.End);

        await ProduceAsync(topic, "after-1", "after-2");

        var consumed = await ConsumeAsync(consumer, 2);
        Assert.Equal([(2L, "after-1"), (3L, "after-2")], consumed.Select(r => (r.Offset, r.Message.Value!)));
        await AssertNothingMoreAsync(consumer);
    }

    [Fact]
    public async Task Consume_FromBeginning_GetsEverythingThenNewRecords()
    {
        var topic = await CreateTopicAsync("test-topic");
        await ProduceAsync(topic, Lines);
        await using var consumer = await AssignedConsumerAsync(topic, 0, Offset.Beginning);

        var retained = await ConsumeAsync(consumer, 3);
        await ProduceAsync(topic, "later");
        var later = await ConsumeAsync(consumer, 1);

        Assert.Equal([.. Lines, "later"], retained.Concat(later).Select(r => r.Message.Value));
        Assert.Equal([0L, 1, 2, 3], retained.Concat(later).Select(r => r.Offset));
    }
}
