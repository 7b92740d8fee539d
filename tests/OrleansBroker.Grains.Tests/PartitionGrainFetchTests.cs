using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// Fetching from a partition grain: a fetch at the log end long-polls and returns as soon as an append lands (every
/// waiting fetch is woken by it), returns nothing at once when it may not wait, returns whole batches starting with
/// the one holding the offset, and fails with OffsetOutOfRange past the end or UnknownTopicOrPartition for a
/// partition that does not exist.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class PartitionGrainFetchTests(GrainsFixture fixture) : GrainTestBase(fixture)
{
    /// <summary>Far longer than any test waits, and under Orleans' 30 s response timeout.</summary>
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task FetchAsync_AtLogEnd_ReturnsAsSoonAsAnAppendLands()
    {
        var partition = await PartitionWithAsync(Batches.Of("a"));
        var fetch = partition.FetchAsync(1, 1024 * 1024, LongPoll);
        await partition.GetStateAsync();
        Assert.False(fetch.IsCompleted, "A fetch at the log end returned before any record arrived.");

        var appended = await partition.AppendAsync(Batches.Of("b"));
        var response = await fetch.WaitAsync(Prompt, Cancellation);

        Assert.Equal(1, appended.BaseOffset);
        Assert.Equal([(1L, "b")], PartitionReader.Decode(response.Records).Select(r => (r.Offset, r.Value!)));
        Assert.Equal((2L, 0L), (response.HighWatermark, response.LogStartOffset));
    }

    [Fact]
    public async Task FetchAsync_SeveralWaiting_AllWokenByOneAppend()
    {
        var partition = await PartitionWithAsync();
        var fetches = Enumerable.Range(0, 5).Select(_ => partition.FetchAsync(0, 1024 * 1024, LongPoll)).ToList();
        await partition.GetStateAsync();

        await partition.AppendAsync(Batches.Of("x"));
        var responses = await Task.WhenAll(fetches).WaitAsync(Prompt, Cancellation);

        Assert.All(responses, response => Assert.Equal(["x"], PartitionReader.Decode(response.Records).Select(r => r.Value)));
    }

    [Fact]
    public async Task FetchAsync_AtLogEndWithoutWait_ReturnsNothing()
    {
        var partition = await PartitionWithAsync(Batches.Of("a", "b"));

        var response = await partition.FetchAsync(2, 1024 * 1024, TimeSpan.Zero);

        Assert.Empty(response.Records);
        Assert.Equal((2L, 0L), (response.HighWatermark, response.LogStartOffset));
    }

    [Fact]
    public async Task FetchAsync_InsideABatch_ReturnsWholeBatchesFromTheOneHoldingTheOffset()
    {
        var partition = await PartitionWithAsync(Batches.Of("a", "b", "c"), Batches.Of("d"));

        var response = await partition.FetchAsync(1, 1024 * 1024, TimeSpan.Zero);

        Assert.Equal(["a", "b", "c", "d"], PartitionReader.Decode(response.Records).Select(r => r.Value));
        Assert.Equal(["b", "c", "d"], PartitionReader.Decode(response.Records, fromOffset: 1).Select(r => r.Value));
    }

    [Fact]
    public async Task FetchAsync_TinyMaxBytes_ReturnsOneWholeBatch()
    {
        var partition = await PartitionWithAsync(Batches.Of("a", "b"), Batches.Of("c"));

        var response = await partition.FetchAsync(0, 1, TimeSpan.Zero);

        Assert.Equal(["a", "b"], PartitionReader.Decode(response.Records).Select(r => r.Value));
    }

    [Fact]
    public async Task FetchAsync_PastLogEnd_FailsWithOffsetOutOfRange()
    {
        var partition = await PartitionWithAsync(Batches.Of("a"));

        await BrokerAssert.FailsAsync(ErrorCode.OffsetOutOfRange, () => partition.FetchAsync(2, 1024, TimeSpan.Zero));
    }

    [Fact]
    public async Task FetchAsync_MissingTopicOrPartition_FailsWithUnknownTopicOrPartition()
    {
        var topic = await CreateTopicAsync("two", partitions: 2);

        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Partition(topic.Name, 2).FetchAsync(0, 1024, TimeSpan.Zero));
        await BrokerAssert.FailsAsync(ErrorCode.UnknownTopicOrPartition, () => Partition(TestTopics.Unique("missing")).FetchAsync(0, 1024, TimeSpan.Zero));
    }
}
