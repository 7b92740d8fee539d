using OrleansBroker.Storage.Backends;
using OrleansBroker.Storage.Index;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// TimeIndex on its own: an entry is added only when both the timestamp and the offset grow; a lookup returns the
/// offset from which records may reach the timestamp (the segment start below the first entry); the on-disk format is
/// 12-byte big-endian timestamp and relative offset; reloading and truncating by offset keep the right entries.
/// The index belongs to a segment with base offset 100.
/// </summary>
public sealed class TimeIndexTests : FileLogTestBase
{
    private const long BaseOffset = 100;

    private string IndexPath => PathOf(SegmentFile(BaseOffset, ".timeindex"));

    [Fact]
    public void MaybeAppend_OnlyGrowingTimestampsAndOffsets_AreKept()
    {
        using var index = CreateWithEntries();

        Assert.Equal((3, new TimestampOffset(2000, 120)), (index.Count, index.Last));
        Assert.Equal(
            Convert.FromHexString("00000000000003E8" + "00000005" + "00000000000005DC" + "0000000A" + "00000000000007D0" + "00000014"),
            File.ReadAllBytes(IndexPath));
    }

    [Fact]
    public void Lookup_AnyTimestamp_ReturnsTheOffsetAfterTheLastEntryBelowIt()
    {
        using var index = CreateWithEntries();
        long[] timestamps = [long.MinValue, 999, 1000, 1001, 1500, 1501, 2000, 2001, long.MaxValue];

        Assert.Equal(
            [(long.MinValue, 100L), (999, 100), (1000, 100), (1001, 105), (1500, 105), (1501, 110), (2000, 110), (2001, 120), (long.MaxValue, 120)],
            timestamps.Select(timestamp => (timestamp, index.Lookup(timestamp))));
    }

    [Fact]
    public void Load_AfterReopen_RestoresTheEntries()
    {
        CreateWithEntries().Dispose();
        using var index = new TimeIndex(new FileLogFile(IndexPath), BaseOffset);

        Assert.True(index.Load(logSize: 0));

        Assert.Equal((3, new TimestampOffset(2000, 120), 110L), (index.Count, index.Last, index.Lookup(1600)));
    }

    [Fact]
    public void Load_TimestampsNotIncreasing_ReturnsFalseAndEmptiesTheIndex()
    {
        using (var writer = new TimeIndex(new FileLogFile(IndexPath), BaseOffset))
        {
            writer.Append(new TimestampOffset(2000, 105));
            writer.Append(new TimestampOffset(1000, 110));
        }

        using var index = new TimeIndex(new FileLogFile(IndexPath), BaseOffset);

        Assert.False(index.Load(logSize: 0));
        Assert.Equal((0, 0L), (index.Count, new FileInfo(IndexPath).Length));
    }

    [Theory]
    [InlineData(120, 3)]
    [InlineData(119, 2)]
    [InlineData(110, 2)]
    [InlineData(105, 1)]
    [InlineData(104, 0)]
    public void TruncateToOffset_DropsEntriesPastIt(long offset, int kept)
    {
        using var index = CreateWithEntries();

        index.TruncateToOffset(offset);

        Assert.Equal((kept, kept * 12L), (index.Count, new FileInfo(IndexPath).Length));
    }

    private TimeIndex CreateWithEntries()
    {
        var index = new TimeIndex(new FileLogFile(IndexPath), BaseOffset);
        index.MaybeAppend(1000, 105);
        index.MaybeAppend(1000, 110);
        index.MaybeAppend(990, 112);
        index.MaybeAppend(1500, 110);
        index.MaybeAppend(2000, 110);
        index.MaybeAppend(2000, 120);
        return index;
    }
}
