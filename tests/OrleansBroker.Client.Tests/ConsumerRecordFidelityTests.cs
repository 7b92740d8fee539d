using System.Buffers.Binary;
using System.Text;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Client.Serialization;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// A consumed record is the produced one exactly: headers in order (repeated names, empty and null values), null key
/// and null value distinct from empty ones, and the producer's timestamp; under a LogAppendTime topic the broker's
/// timestamp instead, the same one the delivery result reported. Custom serializers round-trip typed values; a
/// deserializer's error comes after the records before it, and again on every call until a seek past the record.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ConsumerRecordFidelityTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task ConsumeAsync_HeadersNullsAndTimestamp_ComeBackExactly()
    {
        var topic = await CreateTopicAsync("fidelity");
        Header[] headers = [new("trace", new byte[] { 1, 2, 3 }), new("empty", Array.Empty<byte>()), new("none", null), new("trace", new byte[] { 4 })];
        Message<string, string>[] sent =
        [
            new() { Key = null, Value = null, Timestamp = 1_600_000_000_123, Headers = headers },
            new() { Key = "", Value = "", Timestamp = 1_600_000_000_000 },
            new() { Key = "k", Value = null, Timestamp = 42 },
        ];
        await using (var producer = NewProducer())
        {
            await Task.WhenAll(sent.Select(message => producer.ProduceAsync(topic, message, Cancellation)).ToList());
        }

        var received = (await ReadAsync(topic, 0, Offset.Beginning, 3)).Select(r => r.Message).ToList();
        Assert.Equal(sent.Select(Describe), received.Select(Describe));
    }

    [Fact]
    public async Task ConsumeAsync_LogAppendTimeTopic_GetsTheBrokersTimestamp()
    {
        var topic = await CreateTopicAsync("append-time", configs: new Dictionary<string, string> { [TopicConfigNames.MessageTimestampType] = "LogAppendTime" });
        await using var producer = NewProducer();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var delivered = await producer.ProduceAsync(topic, new Message<string, string> { Value = "stamped", Timestamp = 1000 }, Cancellation);
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.InRange(delivered.Timestamp, before, after);
        Assert.Equal(delivered.Timestamp, (await ReadAsync(topic, 0, Offset.Beginning, 1))[0].Message.Timestamp);
    }

    [Fact]
    public async Task ConsumeAsync_CustomSerializers_RoundTripTypedValues()
    {
        var topic = await CreateTopicAsync("typed");
        var codec = new Int32Codec();
        await using (var producer = new ProducerBuilder<int, byte[]>(Client).SetKeySerializer(codec).Build())
        {
            await producer.ProduceAsync(topic, new Message<int, byte[]> { Key = -7, Value = [9, 8, 7] }, Cancellation);
        }

        await using var consumer = new ConsumerBuilder<int, byte[]>(Client).SetKeyDeserializer(codec).Build();
        await consumer.AssignAsync([new TopicPartitionOffset(topic, 0, Offset.Beginning)]);

        var result = await consumer.ConsumeAsync(ArrivalTimeout, Cancellation);
        Assert.NotNull(result);
        Assert.Equal(-7, result.Message.Key);
        Assert.Equal([9, 8, 7], result.Message.Value);
    }

    [Fact]
    public async Task ConsumeAsync_DeserializerThrows_RecordsBeforeComeThenTheErrorUntilSeekPast()
    {
        var topic = await CreateTopicAsync("undecodable");
        await ProduceAsync(topic, "a", "bad", "c");
        await using var consumer = new ConsumerBuilder<string, string>(Client).SetValueDeserializer(new RejectingCodec("bad")).Build();
        await consumer.AssignAsync([new TopicPartitionOffset(topic, 0, Offset.Beginning)]);

        Assert.Equal("a", (await consumer.ConsumeAsync(ArrivalTimeout, Cancellation))?.Message.Value);
        await Assert.ThrowsAsync<InvalidDataException>(async () => await consumer.ConsumeAsync(ArrivalTimeout, Cancellation));
        await Assert.ThrowsAsync<InvalidDataException>(async () => await consumer.ConsumeAsync(ArrivalTimeout, Cancellation));
        Assert.Equal(1, consumer.Position(Partition(topic, 0)).Value);

        await consumer.SeekAsync(new TopicPartitionOffset(topic, 0, 2));
        Assert.Equal("c", (await consumer.ConsumeAsync(ArrivalTimeout, Cancellation))?.Message.Value);
    }

    private static string Describe(Message<string, string> message) =>
        $"key={Show(message.Key)} value={Show(message.Value)} ts={message.Timestamp} headers=[{string.Join("; ", message.Headers.Select(h => $"{h.Key}={(h.Value is { } v ? Convert.ToHexString(v.Span) : "null")}"))}]";

    private static string Show(string? text) => text is null ? "null" : $"'{text}'";

    private sealed class Int32Codec : ISerializer<int>, IDeserializer<int>
    {
        public byte[]? Serialize(int data)
        {
            var bytes = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, data);
            return bytes;
        }

        public int Deserialize(ReadOnlySpan<byte> data, bool isNull) => BinaryPrimitives.ReadInt32BigEndian(data);
    }

    private sealed class RejectingCodec(string rejected) : IDeserializer<string>
    {
        public string? Deserialize(ReadOnlySpan<byte> data, bool isNull) =>
            Encoding.UTF8.GetString(data) is var text && text == rejected ? throw new InvalidDataException($"'{text}' is rejected.") : text;
    }
}
