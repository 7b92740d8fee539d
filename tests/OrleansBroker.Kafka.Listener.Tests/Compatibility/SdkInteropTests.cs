using Confluent.Kafka;
using Sdk = OrleansBroker.Client;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>
/// The SDK and Confluent.Kafka see one broker: a key goes to the same partition from either (murmur2), and records
/// produced by one read back identically through the other (offset, key, value, headers, timestamp).
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class SdkInteropTests(KafkaFixture fixture) : ConfluentTestBase(fixture)
{
    private const long Timestamp = 1_777_777_777_000;

    [Fact]
    public async Task KeyedRecord_ConfluentMurmur2Random_LandsWhereSdkPutsTheKey()
    {
        var topic = await CreateTopicAsync("murmur", partitions: 5);
        var keys = Enumerable.Range(0, 20).Select(i => $"customer-{i}").ToList();
        using var producer = NewProducer();
        await using var sdkProducer = new Sdk.Producing.ProducerBuilder<string, string>(Fixture.Sdk).Build();

        var confluent = new List<int>();
        var sdk = new List<int>();
        foreach (var key in keys)
        {
            confluent.Add((await producer.ProduceAsync(topic, new Message<string?, string?> { Key = key, Value = "c" }, Cancellation)).Partition.Value);
            sdk.Add((await sdkProducer.ProduceAsync(topic, new Sdk.Message<string, string> { Key = key, Value = "s" }, Cancellation)).Partition);
        }

        Assert.Equal(sdk, confluent);
        Assert.True(confluent.Distinct().Count() > 1, "Twenty keys should spread over more than one partition.");
    }

    [Fact]
    public async Task SdkProducedRecords_ReadByConfluent_Identically()
    {
        var topic = await CreateTopicAsync("sdk-to-confluent");
        await using (var producer = new Sdk.Producing.ProducerBuilder<string, string>(Fixture.Sdk).Build())
        {
            foreach (var message in SdkMessages())
            {
                await producer.ProduceAsync(topic, message, Cancellation);
            }
        }

        using var consumer = NewConsumer();
        consumer.Assign(new TopicPartitionOffset(topic, 0, Offset.Beginning));
        var received = Consume(consumer, 2);

        Assert.Equal(
            ["0|k|one|1777777777000|trace=01FF", "1|null|null|1777777777001|"],
            received.Select(result => $"{result.Offset.Value}|{result.Message.Key ?? "null"}|{result.Message.Value ?? "null"}|{result.Message.Timestamp.UnixTimestampMs}|{string.Join(",", result.Message.Headers.Select(header => $"{header.Key}={Convert.ToHexString(header.GetValueBytes())}"))}"));
    }

    [Fact]
    public async Task ConfluentProducedRecords_ReadBySdk_Identically()
    {
        var topic = await CreateTopicAsync("confluent-to-sdk");
        using (var producer = NewProducer())
        {
            await producer.ProduceAsync(topic, new Message<string?, string?> { Key = "k", Value = "one", Timestamp = new Timestamp(Timestamp, TimestampType.CreateTime), Headers = new Headers { { "trace", [0x01, 0xFF] } } }, Cancellation);
            await producer.ProduceAsync(topic, new Message<string?, string?> { Key = null, Value = null, Timestamp = new Timestamp(Timestamp + 1, TimestampType.CreateTime) }, Cancellation);
        }

        await using var consumer = new Sdk.Consuming.ConsumerBuilder<string, string>(Fixture.Sdk).Build();
        await consumer.AssignAsync([new Sdk.TopicPartitionOffset(topic, 0, Sdk.Offset.Beginning)]);
        var received = new List<Sdk.ConsumeResult<string, string>>();
        while (received.Count < 2)
        {
            received.Add(await consumer.ConsumeAsync(Timeout, Cancellation) ?? throw new TimeoutException("A record did not arrive."));
        }

        Assert.Equal(
            ["0|k|one|1777777777000|trace=01FF", "1|null|null|1777777777001|"],
            received.Select(result => $"{result.Offset}|{result.Message.Key ?? "null"}|{result.Message.Value ?? "null"}|{result.Message.Timestamp}|{string.Join(",", result.Message.Headers.Select(header => $"{header.Key}={Convert.ToHexString(header.Value!.Value.Span)}"))}"));
    }

    private static IEnumerable<Sdk.Message<string, string>> SdkMessages() =>
    [
        new() { Key = "k", Value = "one", Timestamp = Timestamp, Headers = [new Records.Header("trace", new byte[] { 0x01, 0xFF })] },
        new() { Key = null, Value = null, Timestamp = Timestamp + 1 },
    ];
}
