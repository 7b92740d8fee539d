using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// Retention through alter configs: a topic whose segments each hold one batch of hour-old records keeps them
/// under the default retention.ms; once retention.ms is lowered to a minute, the next retention pass (every
/// <see cref="GrainsFixture.RetentionCheckIntervalMs"/> ms here) deletes every sealed segment, moving the log
/// start to the active segment, which is never deleted.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class TopicRetentionTests(GrainsFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task AlterConfigsAsync_ShortRetention_DeletesOldSegments()
    {
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeMilliseconds();
        var batchBytes = Batches.At(hourAgo, "r0").Length;
        var topic = await CreateTopicAsync("retained", configs: new Dictionary<string, string> { [TopicConfigNames.SegmentBytes] = $"{batchBytes + 10}" });
        var partition = Partition(topic.Name);
        for (var i = 0; i < 5; i++)
        {
            await partition.AppendAsync(Batches.At(hourAgo, $"r{i}"));
        }

        Assert.Equal(0, (await partition.GetStateAsync()).LogStartOffset);

        await Registry.AlterConfigsAsync(topic.Name, new Dictionary<string, string> { [TopicConfigNames.RetentionMs] = "60000" }, []);

        var state = await Eventually.MatchesAsync(partition.GetStateAsync, s => s.LogStartOffset >= 4, "retention to delete the four sealed segments");
        Assert.Equal((4L, 5L, (long)batchBytes), (state.LogStartOffset, state.HighWatermark, state.SizeInBytes));
        Assert.Equal(new ListOffsetsResponse(4, -1), await partition.ListOffsetsAsync(ListOffsetsSpec.Earliest));
        await BrokerAssert.FailsAsync(ErrorCode.OffsetOutOfRange, () => partition.FetchAsync(3, 1024, TimeSpan.Zero));
        Assert.Equal(["r4"], await PartitionReader.ReadValuesAsync(partition));
    }
}
