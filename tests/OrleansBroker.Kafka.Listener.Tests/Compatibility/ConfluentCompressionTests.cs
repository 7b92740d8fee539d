using System.Text;
using Confluent.Kafka;
using Sdk = OrleansBroker.Client;

namespace OrleansBroker.Kafka.Listener.Tests.Compatibility;

/// <summary>
/// Compressed produce through the listener: a Confluent.Kafka producer with compression.type gzip, snappy, lz4 or
/// zstd sends keyed records with headers; the partition keeps the batches exactly as compressed by the client, and
/// both a Confluent.Kafka consumer (served the stored batches by Fetch) and an SDK consumer read every record exactly.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ConfluentCompressionTests(KafkaFixture fixture) : ConfluentTestBase(fixture)
{
    private const int RecordCount = 10;
    private const long FirstTimestamp = 1_777_000_000_000;

    [Theory]
    [InlineData(CompressionType.Gzip)]
    [InlineData(CompressionType.Snappy)]
    [InlineData(CompressionType.Lz4)]
    [InlineData(CompressionType.Zstd)]
    public async Task CompressedProduce_StoredAsSent_ReadExactlyByConfluentAndSdk(CompressionType codec)
    {
        var topic = await CreateTopicAsync($"compressed-{codec.ToString().ToLowerInvariant()}");
        var sent = Messages();
        using (var producer = NewCompressingProducer(codec))
        {
            await Task.WhenAll(sent.Select(message => producer.ProduceAsync(topic, message, Cancellation)));
        }

        var expected = sent.Select((message, offset) => Describe(offset, message.Key, message.Value, message.Timestamp.UnixTimestampMs, Pairs(message.Headers)));
        Assert.Equal([(Records.CompressionType)(int)codec], StoredCodecs((await Fixture.Broker.Partition(topic, 0).FetchAsync(0, 1024 * 1024, TimeSpan.Zero)).Records));
        Assert.Equal(expected, ConsumeWithConfluent(topic));
        Assert.Equal(expected, await ConsumeWithSdkAsync(topic));
    }

    /// <summary>A producer as <see cref="ConfluentClients.NewProducer"/> makes, compressing with <paramref name="codec"/> and lingering so records share batches.</summary>
    private IProducer<string?, string?> NewCompressingProducer(CompressionType codec) => new ProducerBuilder<string?, string?>(new ProducerConfig
    {
        BootstrapServers = Bootstrap,
        Acks = Acks.All,
        EnableIdempotence = true,
        CompressionType = codec,
        LingerMs = 50,
    }).Build();

    private List<string> ConsumeWithConfluent(string topic)
    {
        using var consumer = NewConsumer();
        consumer.Assign(new TopicPartitionOffset(topic, 0, Offset.Beginning));
        return [.. Consume(consumer, RecordCount).Select(result => Describe(
            result.Offset.Value, result.Message.Key, result.Message.Value, result.Message.Timestamp.UnixTimestampMs, Pairs(result.Message.Headers)))];
    }

    private async Task<List<string>> ConsumeWithSdkAsync(string topic)
    {
        await using var consumer = new Sdk.Consuming.ConsumerBuilder<string, string>(Fixture.Sdk).Build();
        await consumer.AssignAsync([new Sdk.TopicPartitionOffset(topic, 0, Sdk.Offset.Beginning)]);
        var received = new List<string>();
        while (received.Count < RecordCount)
        {
            var result = await consumer.ConsumeAsync(Timeout, Cancellation) ?? throw new TimeoutException($"Record {received.Count} did not reach the SDK consumer.");
            received.Add(Describe(
                result.Offset, result.Message.Key, result.Message.Value, result.Message.Timestamp ?? -1, result.Message.Headers.Select(h => (h.Key, h.Value?.ToArray()))));
        }

        return received;
    }

    /// <summary>The codec of each batch in <paramref name="batches"/>, in log order.</summary>
    private static List<Records.CompressionType> StoredCodecs(byte[] batches)
    {
        var codecs = new List<Records.CompressionType>();
        foreach (var batch in new Records.RecordBatchReader(batches))
        {
            codecs.Add(batch.Header.Compression);
        }

        return [.. codecs.Distinct()];
    }

    /// <summary>Keyed records with repetitive values (so every codec shrinks them), headers including a null value, and one tombstone.</summary>
    private static List<Message<string?, string?>> Messages() =>
    [
        .. Enumerable.Range(0, RecordCount).Select(i => new Message<string?, string?>
        {
            Key = $"order-{i}",
            Value = i == 3 ? null : string.Concat(Enumerable.Repeat($"status=shipped;item={i % 2};", 30)),
            Timestamp = new Timestamp(FirstTimestamp + i, TimestampType.CreateTime),
            Headers = new Headers { { "trace", Encoding.UTF8.GetBytes($"trace-{i}") }, { "none", null } },
        }),
    ];

    private static IEnumerable<(string Key, byte[]? Value)> Pairs(Headers headers) =>
        headers.Select(header => (header.Key, (byte[]?)header.GetValueBytes()));

    private static string Describe(long offset, string? key, string? value, long timestamp, IEnumerable<(string Key, byte[]? Value)> headers) =>
        $"{offset}|{key ?? "null"}|{value ?? "null"}|{timestamp}|{string.Join(",", headers.Select(h => $"{h.Key}={(h.Value is null ? "null" : Convert.ToHexString(h.Value))}"))}";
}
