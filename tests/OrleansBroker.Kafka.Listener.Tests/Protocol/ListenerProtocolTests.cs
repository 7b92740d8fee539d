using System.Buffers.Binary;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Protocol;

/// <summary>
/// The listener at the byte level, with the codec as client: pipelined requests are answered in request order even
/// when the first waits; a newer ApiVersions gets error 35 with our ranges; an unserved API key, an oversized size
/// prefix or a malformed frame closes that connection and no other; Produce with acks=0 gets no response.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ListenerProtocolTests(KafkaFixture fixture)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);

    private int Port => fixture.Broker.KafkaListeners[0].Broker.Port;

    [Fact]
    public async Task PipelinedRequests_FirstLongPolls_AnsweredInRequestOrder()
    {
        var topic = await CreateTopicAsync("pipelined");
        await using var client = await RawKafkaClient.ConnectAsync(Port);
        var fetch = new FetchRequest
        {
            MaxWaitMs = 400,
            MinBytes = 1,
            Topics = [new FetchRequest.Topic { Name = topic, Partitions = [new FetchRequest.Partition { FetchOffset = 0, PartitionMaxBytes = 1024 }] }],
        };

        await client.SendAsync(
            RawKafkaClient.Frame(fetch, 11, correlationId: 1),
            RawKafkaClient.Frame(new ApiVersionsRequest(), 3, correlationId: 2),
            RawKafkaClient.Frame(new MetadataRequest { Topics = [new MetadataRequest.Topic { Name = topic }] }, 8, correlationId: 3),
            RawKafkaClient.Frame(new ApiVersionsRequest(), 0, correlationId: 4));
        var frames = new List<byte[]>();
        for (var i = 0; i < 4; i++)
        {
            frames.Add(await client.ReceiveFrameAsync());
        }

        Assert.Equal([1, 2, 3, 4], frames.Select(frame => BinaryPrimitives.ReadInt32BigEndian(frame)));
        var fetched = Assert.Single(Assert.Single(KafkaFrame.ReadResponse<FetchResponse>(frames[0], 11, out _).Topics).Partitions);
        Assert.Equal((0, 0L, 0L, 0), (fetched.ErrorCode, fetched.HighWatermark, fetched.LastStableOffset, fetched.Records!.Value.Length));
    }

    [Fact]
    public async Task ApiVersions_NewerVersion_GetsUnsupportedVersionAndServedRanges()
    {
        await using var client = await RawKafkaClient.ConnectAsync(Port);
        using var writer = new KafkaWriter();
        new RequestHeader(ApiKey.ApiVersions, 4, 7, "raw-test").Write(writer);
        writer.WriteCompactString("raw-test");
        writer.WriteCompactString("1.0");
        writer.WriteEmptyTaggedFields();

        await client.SendAsync(SizePrefix(writer.Length), writer.WrittenSpan.ToArray());
        var (correlationId, response) = await client.ReceiveAsync<ApiVersionsResponse>(0);

        Assert.Equal((7, (short)ErrorCode.UnsupportedVersion), (correlationId, response.ErrorCode));
        Assert.Equal(
            [
                "Produce 0-8", "Fetch 4-11", "ListOffsets 1-5", "Metadata 0-8", "OffsetCommit 0-7", "OffsetFetch 0-5", "FindCoordinator 0-2",
                "JoinGroup 0-5", "Heartbeat 0-3", "LeaveGroup 0-3", "SyncGroup 0-3", "DescribeGroups 0-4", "ListGroups 0-2", "ApiVersions 0-3",
                "CreateTopics 0-4", "DeleteTopics 0-3", "DeleteRecords 0-1", "InitProducerId 0-1", "DescribeConfigs 0-3", "CreatePartitions 0-1", "DeleteGroups 0-1",
            ],
            response.ApiKeys.Select(api => $"{api.ApiKey} {api.MinVersion}-{api.MaxVersion}"));
    }

    [Theory]
    [InlineData((short)99)]
    [InlineData((short)33)] // AlterConfigs: a real Kafka API the listener does not serve
    public async Task UnservedApiKey_ClosesOnlyThatConnection(short apiKey)
    {
        await using var other = await RawKafkaClient.ConnectAsync(Port);
        await using var client = await RawKafkaClient.ConnectAsync(Port);
        using var writer = new KafkaWriter();
        writer.WriteInt16(apiKey);
        writer.WriteInt16(0);
        writer.WriteInt32(1);
        writer.WriteNullableString("raw-test");

        await client.SendAsync(SizePrefix(writer.Length), writer.WrittenSpan.ToArray());

        Assert.True(await client.IsClosedByBrokerAsync(CloseTimeout), "The broker kept the connection open.");
        await other.AssertServedAsync();
    }

    [Fact]
    public async Task SizePrefixOverTheLimit_ClosesConnection()
    {
        await using var client = await RawKafkaClient.ConnectAsync(Port);

        await client.SendAsync(SizePrefix(104_857_601));

        Assert.True(await client.IsClosedByBrokerAsync(CloseTimeout), "The broker kept the connection open.");
    }

    [Fact]
    public async Task GarbageFrame_ClosesConnection()
    {
        await using var client = await RawKafkaClient.ConnectAsync(Port);

        await client.SendAsync(SizePrefix(10), [0x7F, 0x01, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01, 0xAB, 0xCD]);

        Assert.True(await client.IsClosedByBrokerAsync(CloseTimeout), "The broker kept the connection open.");
    }

    [Fact]
    public async Task TruncatedBody_ClosesConnectionAndOthersKeepWorking()
    {
        await using var other = await RawKafkaClient.ConnectAsync(Port);
        await using var client = await RawKafkaClient.ConnectAsync(Port);
        var frame = RawKafkaClient.Frame(new MetadataRequest { Topics = [new MetadataRequest.Topic { Name = "some-topic" }] }, 8, correlationId: 1);
        var cut = frame[..^3];
        BinaryPrimitives.WriteInt32BigEndian(cut, cut.Length - KafkaFrame.SizePrefixLength);

        await client.SendAsync(cut);

        Assert.True(await client.IsClosedByBrokerAsync(CloseTimeout), "The broker kept the connection open.");
        await other.AssertServedAsync();
    }

    [Fact]
    public async Task ProduceWithAcksZero_GetsNoResponseAndAppends()
    {
        var topic = await CreateTopicAsync("acks0");
        await using var client = await RawKafkaClient.ConnectAsync(Port);
        var batch = new RecordBatchBuilder();
        batch.Add(1_700_000_000_000, "key"u8.ToArray(), "value"u8.ToArray());
        var produce = new ProduceRequest
        {
            Acks = 0,
            TimeoutMs = 10_000,
            Topics = [new ProduceRequest.Topic { Name = topic, Partitions = [new ProduceRequest.Partition { Index = 0, Records = batch.Build() }] }],
        };

        await client.SendAsync(RawKafkaClient.Frame(produce, 8, correlationId: 1), RawKafkaClient.Frame(new ApiVersionsRequest(), 3, correlationId: 2));
        var (correlationId, _) = await client.ReceiveAsync<ApiVersionsResponse>(3);

        Assert.Equal(2, correlationId);
        Assert.Equal(1, (await fixture.Broker.Partition(topic, 0).GetStateAsync()).HighWatermark);
    }

    [Fact]
    public async Task Metadata_UnknownTopicWithoutAutoCreation_ReportsUnknownAndCreatesNothing()
    {
        var topic = TestTopics.Unique("not-created");
        await using var client = await RawKafkaClient.ConnectAsync(Port);

        await client.SendAsync(new MetadataRequest { Topics = [new MetadataRequest.Topic { Name = topic }], AllowAutoTopicCreation = false }, 8, correlationId: 1);
        var (_, response) = await client.ReceiveAsync<MetadataResponse>(8);

        Assert.Equal((topic, (short)ErrorCode.UnknownTopicOrPartition), (Assert.Single(response.Topics).Name, Assert.Single(response.Topics).ErrorCode));
        Assert.Null(await fixture.Broker.Registry.GetTopicAsync(topic));
    }

    private async Task<string> CreateTopicAsync(string prefix)
    {
        var name = TestTopics.Unique(prefix);
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = name });
        return name;
    }

    private static byte[] SizePrefix(int size)
    {
        var prefix = new byte[KafkaFrame.SizePrefixLength];
        BinaryPrimitives.WriteInt32BigEndian(prefix, size);
        return prefix;
    }
}
