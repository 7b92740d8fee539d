using System.Collections.Concurrent;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Producing;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// What a producer reports: an awaited produce's delivery result (topic, partition, offset, timestamp, message);
/// fire-and-forget produces reporting every record to the delivery handler by the time FlushAsync returns; 10,000
/// records to one partition stored in produce order; and a record over the topic's max.message.bytes failing alone
/// with MessageTooLarge while the records produced around it are stored; a partition beyond the topic's count is
/// refused, and partitions added later are used.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ProducerDeliveryTests(BrokerFixture fixture) : SdkTestBase(fixture)
{
    [Fact]
    public async Task ProduceAsync_ToAPartition_ReportsTopicPartitionOffsetAndTimestamp()
    {
        var topic = await CreateTopicAsync("delivery", partitions: 2);
        await using var producer = NewProducer();
        var message = new Message<string, string> { Key = "k", Value = "v", Timestamp = 1_700_000_000_123 };

        var first = await producer.ProduceAsync(Partition(topic, 1), message, Cancellation);
        var second = await producer.ProduceAsync(Partition(topic, 1), Text("w"), Cancellation);

        Assert.Equal((topic, 1, 0L, 1_700_000_000_123L), (first.Topic, first.Partition, first.Offset, first.Timestamp));
        Assert.Same(message, first.Message);
        Assert.Equal(new TopicPartitionOffset(topic, 1, 1), second.TopicPartitionOffset);
    }

    [Fact]
    public async Task ProduceAsync_WithoutTimestamp_StampsTheCurrentTime()
    {
        var topic = await CreateTopicAsync("delivery");
        await using var producer = NewProducer();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var result = await producer.ProduceAsync(topic, Text("now"), Cancellation);

        Assert.InRange(result.Timestamp, before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(result.Timestamp, (await ReadAsync(topic, 0, Offset.Beginning, 1))[0].Message.Timestamp);
    }

    [Fact]
    public async Task ProduceAsync_WithDeliveryHandler_ReportsEveryRecordByFlush()
    {
        var topic = await CreateTopicAsync("fire-and-forget");
        await using var producer = NewProducer();
        var reports = new ConcurrentQueue<DeliveryReport<string, string>>();

        for (var i = 0; i < 100; i++)
        {
            _ = producer.ProduceAsync(topic, Text($"m{i}"), reports.Enqueue, Cancellation);
        }

        await producer.FlushAsync(Cancellation);

        Assert.Equal(100, reports.Count);
        Assert.All(reports, report => Assert.Null(report.Error));
        Assert.Equal(
            Enumerable.Range(0, 100).Select(i => ((long)i, $"m{i}")),
            reports.Select(r => (r.Result!.Offset, r.Result.Message.Value!)).OrderBy(r => r.Item1));
    }

    [Fact]
    public async Task ProduceAsync_TenThousandRecordsToOnePartition_StoredInProduceOrder()
    {
        const int count = 10_000;
        var topic = await CreateTopicAsync("ordered", partitions: 3);
        await using var producer = NewProducer();

        var results = await Task.WhenAll(Enumerable.Range(0, count).Select(i => producer.ProduceAsync(Partition(topic, 2), Text($"{i}"), Cancellation)).ToList());

        Assert.Equal(Enumerable.Range(0, count).Select(i => (2, (long)i)), results.Select(r => (r.Partition, r.Offset)));
        var stored = await ReadValuesAsync(topic, 2, Offset.Beginning, count);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"{i}"), stored);
    }

    [Fact]
    public async Task ProduceAsync_RecordOverMaxMessageBytes_FailsAloneWithMessageTooLarge()
    {
        var topic = await CreateTopicAsync("limited", configs: new Dictionary<string, string> { [TopicConfigNames.MaxMessageBytes] = "1024" });
        await using var producer = NewProducer(new ProducerConfig { LingerMs = 60_000 });

        // One batch holds all three (the linger outlasts the test), so the broker refuses it as a whole first.
        var before = producer.ProduceAsync(topic, Text("small-1"), Cancellation);
        var tooLarge = producer.ProduceAsync(topic, Text(new string('x', 2000)), Cancellation);
        var after = producer.ProduceAsync(topic, Text("small-2"), Cancellation);
        await producer.FlushAsync(Cancellation);

        var error = await BrokerAssert.FailsAsync(ErrorCode.MessageTooLarge, () => tooLarge);
        Assert.IsType<InvalidRecordBatchException>(error, exactMatch: false);
        Assert.Equal((0L, 1L), ((await before).Offset, (await after).Offset));
        Assert.Equal(["small-1", "small-2"], await ReadValuesAsync(topic, 0, Offset.Beginning, 2));
    }

    [Fact]
    public async Task ProduceAsync_PartitionBeyondTheCount_FailsWithUnknownTopicOrPartition()
    {
        var topic = await CreateTopicAsync("narrow", partitions: 2);
        await using var producer = NewProducer();

        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => producer.ProduceAsync(Partition(topic, 2), Text("nowhere"), Cancellation));
    }

    [Fact]
    public async Task ProduceAsync_AfterPartitionsWereAdded_ReachesTheNewPartitions()
    {
        var topic = await CreateTopicAsync("growing");
        await using var producer = NewProducer();
        await producer.ProduceAsync(topic, Text("before"), Cancellation);

        await Admin.CreatePartitionsAsync(topic, 3);
        var spread = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => producer.ProduceAsync(topic, Text($"after-{i}"), Cancellation)).ToList());
        var explicitly = await producer.ProduceAsync(Partition(topic, 2), Text("explicit"), Cancellation);

        Assert.Equal([0, 1, 2], spread.Select(r => r.Partition).Order());
        Assert.Equal((2, 1L), (explicitly.Partition, explicitly.Offset));
    }
}
