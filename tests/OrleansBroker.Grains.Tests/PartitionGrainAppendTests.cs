using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// Appending to a partition grain: concurrent appends from many tasks are group-committed, each stored exactly once
/// at distinct consecutive offsets; a batch with a bad CRC or over max.message.bytes is rejected with the exact
/// reason and writes nothing, even among valid appends in the same group; a LogAppendTime topic stamps the broker's
/// time; a partition that does not exist refuses appends.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class PartitionGrainAppendTests(GrainsFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task AppendAsync_ManyConcurrentTasks_EachStoredOnceAtConsecutiveOffsets()
    {
        const int tasks = 200;
        var partition = await PartitionWithAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, tasks).Select(i => Task.Run(() => partition.AppendAsync(Batches.Of($"t{i}-0", $"t{i}-1")), Cancellation)));

        Assert.Equal(Enumerable.Range(0, tasks).Select(i => 2L * i), responses.Select(r => r.BaseOffset).Order());
        var stored = await PartitionReader.ReadAllAsync(partition);
        var expected = responses
            .Select((response, task) => (response.BaseOffset, task))
            .SelectMany(x => new[] { (x.BaseOffset, $"t{x.task}-0"), (x.BaseOffset + 1, $"t{x.task}-1") })
            .OrderBy(x => x.Item1);
        Assert.Equal(expected, stored.Select(r => (r.Offset, r.Value!)));
    }

    [Fact]
    public async Task AppendAsync_BadCrc_RejectedWithCrcMismatchAndNothingWritten()
    {
        var partition = await PartitionWithAsync(Batches.Of("a"));
        var before = await partition.GetStateAsync();

        var error = await Assert.ThrowsAsync<InvalidRecordBatchException>(() => partition.AppendAsync(Batches.WithBadCrc(Batches.Of("bad"))));

        Assert.Equal((RecordBatchError.CrcMismatch, ErrorCode.CorruptMessage), (error.Reason, error.Code));
        Assert.Equal(before, await partition.GetStateAsync());
        Assert.Equal(1, (await partition.AppendAsync(Batches.Of("c"))).BaseOffset);
        Assert.Equal(["a", "c"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task AppendAsync_BadCrcAmongConcurrentAppends_OnlyThatOneFails()
    {
        var partition = await PartitionWithAsync();

        var appends = new[] { Batches.Of("ok-1"), Batches.WithBadCrc(Batches.Of("bad")), Batches.Of("ok-2") }.Select(partition.AppendAsync).ToList();

        await Assert.ThrowsAsync<InvalidRecordBatchException>(() => appends[1]);
        Assert.Equal([0L, 1], (await Task.WhenAll(appends[0], appends[2])).Select(r => r.BaseOffset).Order());
        Assert.Equal(2, (await PartitionReader.ReadAllAsync(partition)).Count);
    }

    [Fact]
    public async Task AppendAsync_OverMaxMessageBytes_RejectedAsTooLargeAndNothingWritten()
    {
        var topic = await CreateTopicAsync("limited", configs: new Dictionary<string, string> { [TopicConfigNames.MaxMessageBytes] = "200" });
        var partition = Partition(topic.Name);

        var error = await Assert.ThrowsAsync<InvalidRecordBatchException>(() => partition.AppendAsync(Batches.Of(new string('x', 300))));

        Assert.Equal((RecordBatchError.TooLarge, ErrorCode.MessageTooLarge), (error.Reason, error.Code));
        Assert.Equal((0L, 0L), ((await partition.GetStateAsync()).HighWatermark, (await partition.GetStateAsync()).SizeInBytes));
    }

    [Fact]
    public async Task AppendAsync_LogAppendTimeTopic_StampsTheBrokersTime()
    {
        var topic = await CreateTopicAsync("append-time", configs: new Dictionary<string, string> { [TopicConfigNames.MessageTimestampType] = "LogAppendTime" });
        var partition = Partition(topic.Name);
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var response = await partition.AppendAsync(Batches.At(1000, "a", "b"));

        Assert.InRange(response.LogAppendTime, before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.All(await PartitionReader.ReadAllAsync(partition), record => Assert.Equal(response.LogAppendTime, record.Timestamp));
    }

    [Fact]
    public async Task AppendAsync_CreateTimeTopic_KeepsTheProducersTimestamps()
    {
        var partition = await PartitionWithAsync();

        var response = await partition.AppendAsync(Batches.WithTimestamps((1000, "a"), (900, "b")));

        Assert.Equal((0L, -1L), (response.BaseOffset, response.LogAppendTime));
        Assert.Equal([1000L, 900], (await PartitionReader.ReadAllAsync(partition)).Select(r => r.Timestamp));
    }

    [Fact]
    public async Task AppendAsync_MissingTopic_FailsWithUnknownTopicOrPartition() =>
        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Partition(TestTopics.Unique("missing")).AppendAsync(Batches.Of("a")));
}
