using System.Text;
using Confluent.Kafka;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>
/// Confluent.Kafka's producer (acks=all) and consumer (Assign) against the listener: records get consecutive
/// offsets per partition and come back exactly (key, value, headers, timestamp) from the beginning, an offset or the
/// end; watermarks and offsets-for-times answer as Kafka's do.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ConfluentProduceConsumeTests(KafkaFixture fixture) : ConfluentTestBase(fixture)
{
    private static readonly DateTime Noon = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Produce_AcksAll_GivesConsecutiveOffsetsPerPartition()
    {
        var topic = await CreateTopicAsync("offsets", partitions: 3);
        using var producer = NewProducer();

        var delivered = new List<DeliveryResult<string?, string?>>();
        for (var i = 0; i < 12; i++)
        {
            delivered.Add(await producer.ProduceAsync(topic, new Message<string?, string?> { Key = $"key-{i % 4}", Value = $"v{i}" }, Cancellation));
        }

        Assert.All(delivered, result => Assert.Equal(PersistenceStatus.Persisted, result.Status));
        foreach (var partition in delivered.GroupBy(result => result.Partition.Value))
        {
            Assert.Equal(Enumerable.Range(0, partition.Count()).Select(offset => (long)offset), partition.Select(result => result.Offset.Value));
        }
    }

    [Fact]
    public async Task Produce_UnknownTopic_AutoCreatesItWithBrokerDefaults()
    {
        var topic = TestTopics.Unique("auto");
        using var producer = NewProducer();

        var delivered = await producer.ProduceAsync(topic, new Message<string?, string?> { Value = "first" }, Cancellation);

        Assert.Equal((0, 0L), (delivered.Partition.Value, delivered.Offset.Value));
        Assert.Equal(1, (await Fixture.Broker.Registry.GetTopicAsync(topic))!.PartitionCount);
    }

    [Fact]
    public async Task Consume_AssignFromBeginning_ReturnsRecordsExactly()
    {
        var topic = await CreateTopicAsync("exact");
        var sent = await ProduceSamplesAsync(topic);
        using var consumer = NewConsumer();

        consumer.Assign(new TopicPartitionOffset(topic, 0, Offset.Beginning));
        var received = Consume(consumer, 3);

        Assert.Equal([0L, 1L, 2L], received.Select(result => result.Offset.Value));
        Assert.Equal(sent.Select(Describe), received.Select(result => Describe(result.Message)));
    }

    [Fact]
    public async Task Consume_AssignFromOffsetOrEnd_StartsThere()
    {
        var topic = await CreateTopicAsync("positions");
        await ProduceSamplesAsync(topic);
        using var fromOffset = NewConsumer();
        using var fromEnd = NewConsumer();

        fromOffset.Assign(new TopicPartitionOffset(topic, 0, 2));
        fromEnd.Assign(new TopicPartitionOffset(topic, 0, Offset.End));
        Assert.Null(fromEnd.Consume(TimeSpan.FromMilliseconds(500)));
        using var producer = NewProducer();
        await producer.ProduceAsync(topic, new Message<string?, string?> { Value = "later" }, Cancellation);

        Assert.Equal(["third", "later"], Consume(fromOffset, 2).Select(result => result.Message.Value));
        var last = Assert.Single(Consume(fromEnd, 1));
        Assert.Equal((3L, "later"), (last.Offset.Value, last.Message.Value));
    }

    [Fact]
    public async Task WatermarksAndOffsetsForTimes_AnswerAsKafka()
    {
        var topic = await CreateTopicAsync("times");
        await ProduceSamplesAsync(topic);
        using var consumer = NewConsumer();

        var watermarks = consumer.QueryWatermarkOffsets(new TopicPartition(topic, 0), Timeout);
        var found = consumer.OffsetsForTimes(
            [
                new TopicPartitionTimestamp(topic, 0, new Timestamp(Noon.AddMilliseconds(5))),
            ],
            Timeout);
        var tooLate = consumer.OffsetsForTimes([new TopicPartitionTimestamp(topic, 0, new Timestamp(Noon.AddHours(1)))], Timeout);

        Assert.Equal((0L, 3L), (watermarks.Low.Value, watermarks.High.Value));
        Assert.Equal(1L, Assert.Single(found).Offset.Value);
        Assert.Equal(Offset.End, Assert.Single(tooLate).Offset);
    }

    /// <summary>Three records at Noon, Noon + 10 ms and Noon + 20 ms: keyed, keyless, null value; with and without headers.</summary>
    private async Task<List<Message<string?, string?>>> ProduceSamplesAsync(string topic)
    {
        List<Message<string?, string?>> messages =
        [
            new() { Key = "k1", Value = "first", Timestamp = new Timestamp(Noon), Headers = new Headers { { "trace", Encoding.UTF8.GetBytes("abc") }, { "empty", [] } } },
            new() { Key = null, Value = "second", Timestamp = new Timestamp(Noon.AddMilliseconds(10)) },
            new() { Key = "k3", Value = "third", Timestamp = new Timestamp(Noon.AddMilliseconds(20)), Headers = new Headers { { "null", null } } },
        ];
        using var producer = NewProducer();
        foreach (var message in messages)
        {
            await producer.ProduceAsync(topic, message, Cancellation);
        }

        return messages;
    }

    private static string Describe(Message<string?, string?> message)
    {
        var headers = string.Join(",", (message.Headers ?? []).Select(header => $"{header.Key}={(header.GetValueBytes() is { } value ? Convert.ToHexString(value) : "null")}"));
        return $"{message.Key ?? "null"}|{message.Value ?? "null"}|{message.Timestamp.UnixTimestampMs}|{message.Timestamp.Type}|{headers}";
    }
}
