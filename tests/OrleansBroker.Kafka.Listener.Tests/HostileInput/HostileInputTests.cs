using System.Buffers.Binary;
using System.Diagnostics;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Grains.Topics;
using OrleansBroker.Kafka.Listener.Tests.Protocol;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.HostileInput;

/// <summary>
/// Issue 8's hostile input at the Kafka listener, one row per case: clients that send nothing, half a request or too
/// much are disconnected and nobody else notices; bad batches, names, partition counts and offsets get Kafka's own
/// error code and leave nothing behind. Connections are not capped (Kafka's max.connections is unlimited by default):
/// idle ones are closed after connections.max.idle.ms, and 1,000 of them do not keep the broker from serving.
/// </summary>
[Collection(HostileInputCollection.Name)]
public sealed class HostileInputTests(HostileInputFixture fixture)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromMilliseconds(HostileInputFixture.IdleTimeoutMs);

    private static readonly Dictionary<string, Func<HostileInputTests, Task>> Rows = new()
    {
        ["client sends nothing: closed after the idle timeout"] = test => test.SilentClientAsync(),
        ["half a request, then a stall: closed, others unaffected"] = test => test.HalfRequestAsync(),
        ["1,000 idle connections: a normal client is still served"] = test => test.ThousandIdleConnectionsAsync(),
        ["request over socket.request.max.bytes: closed"] = test => test.OversizedRequestAsync(),
        ["batch with a bad CRC: CORRUPT_MESSAGE, nothing appended"] = test => test.ProduceAsync(batch => batch[^1] ^= 0x01, ErrorCode.CorruptMessage),
        ["batch length longer than the batch: CORRUPT_MESSAGE, nothing appended"] = test => test.ProduceAsync(batch => AddToLength(batch, 10), ErrorCode.CorruptMessage),
        ["batch length shorter than the batch: INVALID_RECORD, nothing appended"] = test => test.ProduceAsync(batch => AddToLength(batch, -10), ErrorCode.InvalidRecord),
        ["record over max.message.bytes: MESSAGE_TOO_LARGE, nothing appended"] = test => test.ProduceAsync(null, ErrorCode.MessageTooLarge, valueBytes: HostileInputFixture.MessageMaxBytes),
        ["invalid topic names in CreateTopics: INVALID_TOPIC_EXCEPTION"] = test => test.InvalidTopicNamesAsync(),
        ["partitions 0, negative or huge: INVALID_PARTITIONS"] = test => test.InvalidPartitionCountsAsync(),
        ["fetch offset negative or past the end: OFFSET_OUT_OF_RANGE"] = test => test.FetchOutOfRangeAsync(),
    };

    public static TheoryData<string> Cases => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public Task HostileInput_GetsItsErrorOrIsDisconnected(string row) => Rows[row](this);

    private async Task SilentClientAsync()
    {
        var clock = Stopwatch.StartNew();
        await using var client = await RawKafkaClient.ConnectAsync(fixture.Port);

        Assert.True(await client.IsClosedByBrokerAsync(CloseTimeout), "The silent connection was not closed.");
        Assert.True(clock.Elapsed >= IdleTimeout, $"Closed after {clock.Elapsed.TotalMilliseconds:0} ms, before the idle timeout.");
    }

    private async Task HalfRequestAsync()
    {
        var topic = await CreateTopicAsync("stall");
        await using var other = await RawKafkaClient.ConnectAsync(fixture.Port);
        await using var stalled = await RawKafkaClient.ConnectAsync(fixture.Port);

        // The other connection long-polls meanwhile: busy, so not idle, and answered once its wait is over.
        await other.SendAsync(Fetch(topic, offset: 0, maxWaitMs: 3 * HostileInputFixture.IdleTimeoutMs), 11, correlationId: 1);
        var frame = RawKafkaClient.Frame(new MetadataRequest { Topics = [new MetadataRequest.Topic { Name = topic }] }, 8, correlationId: 1);
        await stalled.SendAsync(frame[..(frame.Length / 2)]);

        Assert.True(await stalled.IsClosedByBrokerAsync(CloseTimeout), "The stalled connection was not closed.");
        var (_, fetched) = await other.ReceiveAsync<FetchResponse>(11);
        Assert.Equal(0, Assert.Single(Assert.Single(fetched.Topics).Partitions).ErrorCode);
        await other.AssertServedAsync();
    }

    private async Task ThousandIdleConnectionsAsync()
    {
        var idle = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(_ => RawKafkaClient.ConnectAsync(fixture.Port)));
        try
        {
            await using var client = await RawKafkaClient.ConnectAsync(fixture.Port);
            await client.AssertServedAsync();

            var closed = await Task.WhenAll(idle.Select(connection => connection.IsClosedByBrokerAsync(CloseTimeout)));
            Assert.Equal(1_000, closed.Count(isClosed => isClosed));
        }
        finally
        {
            foreach (var connection in idle)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task OversizedRequestAsync()
    {
        await using var client = await RawKafkaClient.ConnectAsync(fixture.Port);
        var frame = new byte[KafkaFrame.SizePrefixLength + HostileInputFixture.RequestMaxBytes + 1];
        BinaryPrimitives.WriteInt32BigEndian(frame, HostileInputFixture.RequestMaxBytes + 1);

        try
        {
            await client.SendAsync(frame);
        }
        catch (IOException)
        {
            // The broker closed before taking it all, as it should.
        }

        Assert.True(await client.IsClosedByBrokerAsync(CloseTimeout), "The broker kept the connection open.");
    }

    /// <summary>Produces a batch to two partitions, spoilt by <paramref name="spoil"/>; each must fail with <paramref name="expected"/> and stay empty.</summary>
    private async Task ProduceAsync(Action<byte[]>? spoil, ErrorCode expected, int valueBytes = 5)
    {
        var topic = await CreateTopicAsync("bad-batch", partitions: 2);
        var builder = new RecordBatchBuilder();
        builder.Add(1_700_000_000_000, "key"u8.ToArray(), new byte[valueBytes]);
        var batch = builder.Build();
        spoil?.Invoke(batch);
        var produce = new ProduceRequest
        {
            Acks = -1,
            TimeoutMs = 10_000,
            Topics = [new ProduceRequest.Topic { Name = topic, Partitions = [new ProduceRequest.Partition { Index = 0, Records = batch }, new ProduceRequest.Partition { Index = 1, Records = batch }] }],
        };
        await using var client = await RawKafkaClient.ConnectAsync(fixture.Port);

        await client.SendAsync(produce, 8, correlationId: 1);
        var (_, response) = await client.ReceiveAsync<ProduceResponse>(8);

        Assert.Equal([(0, (short)expected, -1L), (1, (short)expected, -1L)], Assert.Single(response.Topics).Partitions.Select(partition => (partition.Index, partition.ErrorCode, partition.BaseOffset)));
        var highWatermarks = await Task.WhenAll(Enumerable.Range(0, 2).Select(async partition => (await fixture.Broker.Partition(topic, partition).GetStateAsync()).HighWatermark));
        Assert.Equal([0L, 0L], highWatermarks);
    }

    private async Task InvalidTopicNamesAsync()
    {
        string[] names = ["", ".", "..", "bad/name", "spaced name", new string('x', TopicNames.MaxLength + 1)];
        await using var client = await RawKafkaClient.ConnectAsync(fixture.Port);

        await client.SendAsync(new CreateTopicsRequest { Topics = [.. names.Select(name => new CreateTopicsRequest.Topic { Name = name, NumPartitions = 1 })] }, 4, correlationId: 1);
        var (_, response) = await client.ReceiveAsync<CreateTopicsResponse>(4);

        Assert.Equal(names.Select(name => (name, (short)ErrorCode.InvalidTopic)), response.Topics.Select(topic => (topic.Name, topic.ErrorCode)));
        Assert.Empty((await fixture.Broker.Registry.ListTopicsAsync()).Intersect(names));
    }

    private async Task InvalidPartitionCountsAsync()
    {
        int[] counts = [0, -2, TopicRegistryGrain.MaxPartitions + 1, int.MaxValue];
        var names = counts.Select(_ => TestTopics.Unique("partitions")).ToList();
        var existing = await CreateTopicAsync("grow");
        await using var client = await RawKafkaClient.ConnectAsync(fixture.Port);

        await client.SendAsync(new CreateTopicsRequest { Topics = [.. names.Zip(counts, (name, count) => new CreateTopicsRequest.Topic { Name = name, NumPartitions = count })] }, 4, correlationId: 1);
        var (_, created) = await client.ReceiveAsync<CreateTopicsResponse>(4);
        await client.SendAsync(new CreatePartitionsRequest { Topics = [.. counts.Select(count => new CreatePartitionsRequest.Topic { Name = existing, Count = count })], TimeoutMs = 10_000 }, 1, correlationId: 2);
        var (_, grown) = await client.ReceiveAsync<CreatePartitionsResponse>(1);

        Assert.All(created.Topics, topic => Assert.Equal((short)ErrorCode.InvalidPartitions, topic.ErrorCode));
        Assert.Equal(Enumerable.Repeat((short)ErrorCode.InvalidPartitions, counts.Length), grown.Results.Select(result => result.ErrorCode));
        Assert.Empty((await fixture.Broker.Registry.ListTopicsAsync()).Intersect(names));
        Assert.Equal(1, (await fixture.Broker.Registry.GetTopicAsync(existing))!.PartitionCount);
    }

    private async Task FetchOutOfRangeAsync()
    {
        var topic = await CreateTopicAsync("range");
        var builder = new RecordBatchBuilder();
        builder.Add(1_700_000_000_000, null, "only"u8.ToArray());
        await fixture.Broker.Partition(topic, 0).AppendAsync(builder.Build());
        await using var client = await RawKafkaClient.ConnectAsync(fixture.Port);

        var codes = new List<short>();
        foreach (var offset in new[] { -1L, long.MinValue, 2L, long.MaxValue })
        {
            await client.SendAsync(Fetch(topic, offset, maxWaitMs: 0), 11, correlationId: 1);
            var (_, response) = await client.ReceiveAsync<FetchResponse>(11);
            codes.Add(Assert.Single(Assert.Single(response.Topics).Partitions).ErrorCode);
        }

        Assert.Equal(Enumerable.Repeat((short)ErrorCode.OffsetOutOfRange, 4), codes);
    }

    private async Task<string> CreateTopicAsync(string prefix, int partitions = 1)
    {
        var name = TestTopics.Unique(prefix);
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = name, NumPartitions = partitions });
        return name;
    }

    private static FetchRequest Fetch(string topic, long offset, int maxWaitMs) => new()
    {
        MaxWaitMs = maxWaitMs,
        MinBytes = 1,
        Topics = [new FetchRequest.Topic { Name = topic, Partitions = [new FetchRequest.Partition { FetchOffset = offset, PartitionMaxBytes = 1024 }] }],
    };

    private static void AddToLength(byte[] batch, int delta) =>
        BinaryPrimitives.WriteInt32BigEndian(batch.AsSpan(RecordBatchLayout.BatchLength), BinaryPrimitives.ReadInt32BigEndian(batch.AsSpan(RecordBatchLayout.BatchLength)) + delta);
}
