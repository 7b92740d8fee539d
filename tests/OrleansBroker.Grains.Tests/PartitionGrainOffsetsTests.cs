using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Testing;

namespace OrleansBroker.Grains.Tests;

/// <summary>
/// Kafka's ListOffsets and DeleteRecords on a partition grain: earliest and latest; the first record at or after a
/// timestamp (with that record's timestamp, or the log end when there is none); DeleteRecordsBefore moving the log
/// start so reads below it fail, ignoring offsets at or below the current start, and refusing offsets past the end.
/// </summary>
[Collection(GrainsCollection.Name)]
public sealed class PartitionGrainOffsetsTests(GrainsFixture fixture) : GrainTestBase(fixture)
{
    [Fact]
    public async Task ListOffsetsAsync_EarliestAndLatest_AreLogStartAndHighWatermark()
    {
        var partition = await FiveRecordsAsync();

        Assert.Equal(new ListOffsetsResponse(0, -1), await partition.ListOffsetsAsync(ListOffsetsSpec.Earliest));
        Assert.Equal(new ListOffsetsResponse(5, -1), await partition.ListOffsetsAsync(ListOffsetsSpec.Latest));
    }

    [Theory]
    [InlineData(0, 0, 1000)]
    [InlineData(1000, 0, 1000)]
    [InlineData(1500, 2, 2000)]
    [InlineData(2500, 3, 3000)]
    [InlineData(3000, 3, 3000)]
    [InlineData(3001, 5, -1)]
    public async Task ListOffsetsAsync_Timestamp_FindsTheFirstRecordAtOrAfterIt(long timestamp, long offset, long foundTimestamp)
    {
        var partition = await FiveRecordsAsync();

        Assert.Equal(new ListOffsetsResponse(offset, foundTimestamp), await partition.ListOffsetsAsync(timestamp));
    }

    [Fact]
    public async Task ListOffsetsAsync_NegativeTimestampOtherThanTheSentinels_FailsWithInvalidRequest()
    {
        var partition = await FiveRecordsAsync();

        await BrokerAssert.FailsAsync(ErrorCode.InvalidRequest, () => partition.ListOffsetsAsync(-3));
    }

    [Fact]
    public async Task DeleteRecordsBeforeAsync_InsideTheLog_MovesTheLogStartAndHidesEarlierRecords()
    {
        var partition = await FiveRecordsAsync();

        Assert.Equal(3, await partition.DeleteRecordsBeforeAsync(3));

        var state = await partition.GetStateAsync();
        Assert.Equal((3L, 5L), (state.LogStartOffset, state.HighWatermark));
        Assert.Equal(new ListOffsetsResponse(3, -1), await partition.ListOffsetsAsync(ListOffsetsSpec.Earliest));
        Assert.Equal(new ListOffsetsResponse(3, 3000), await partition.ListOffsetsAsync(0));
        await BrokerAssert.FailsAsync(ErrorCode.OffsetOutOfRange, () => partition.FetchAsync(2, 1024, TimeSpan.Zero));
        Assert.Equal(["d", "e"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task DeleteRecordsBeforeAsync_AtOrBelowTheLogStart_ChangesNothing()
    {
        var partition = await FiveRecordsAsync();
        await partition.DeleteRecordsBeforeAsync(2);

        Assert.Equal(2, await partition.DeleteRecordsBeforeAsync(1));
        Assert.Equal(2, await partition.DeleteRecordsBeforeAsync(2));
        Assert.Equal(["c", "d", "e"], await PartitionReader.ReadValuesAsync(partition));
    }

    [Fact]
    public async Task DeleteRecordsBeforeAsync_HighWatermark_EmptiesTheLogButKeepsItsOffsets()
    {
        var partition = await FiveRecordsAsync();

        Assert.Equal(5, await partition.DeleteRecordsBeforeAsync(5));

        Assert.Empty(await PartitionReader.ReadAllAsync(partition));
        Assert.Equal(5, (await partition.AppendAsync(Batches.Of("f"))).BaseOffset);
    }

    [Fact]
    public async Task DeleteRecordsBeforeAsync_PastTheHighWatermark_FailsWithOffsetOutOfRange()
    {
        var partition = await FiveRecordsAsync();

        await BrokerAssert.FailsAsync(ErrorCode.OffsetOutOfRange, () => partition.DeleteRecordsBeforeAsync(6));

        Assert.Equal(0, (await partition.GetStateAsync()).LogStartOffset);
    }

    /// <summary>a..e at offsets 0..4 with timestamps 1000, 1000, 2000, 3000, 2500.</summary>
    private Task<IPartitionGrain> FiveRecordsAsync() => PartitionWithAsync(
        Batches.At(1000, "a", "b"),
        Batches.At(2000, "c"),
        Batches.WithTimestamps((3000, "d"), (2500, "e")));
}
