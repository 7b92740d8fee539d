using OrleansBroker.Storage.Backends;
using OrleansBroker.Storage.Index;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// OffsetIndex on its own: lookups at the extremes (below, at and between entries, past the last, empty index), the
/// on-disk format (8-byte big-endian relative offset and position), reloading, dropping a torn last entry, rejecting
/// out-of-order or out-of-range entries (which leaves the index and its file empty for a rebuild), and truncation.
/// The index belongs to a segment with base offset 100 and holds (105, 100), (110, 200), (120, 350).
/// </summary>
public sealed class OffsetIndexTests : FileLogTestBase
{
    private const long BaseOffset = 100;
    private static readonly OffsetPosition[] Entries = [new(105, 100), new(110, 200), new(120, 350)];

    private string IndexPath => PathOf(SegmentFile(BaseOffset, ".index"));

    [Fact]
    public void Lookup_AnyOffset_ReturnsTheLastEntryAtOrBeforeItOrTheSegmentStart()
    {
        using var index = CreateWithEntries();
        long[] offsets = [long.MinValue, 99, 100, 104, 105, 109, 110, 119, 120, 121, long.MaxValue];

        Assert.Equal(
            [(long.MinValue, new(100, 0)), (99, new(100, 0)), (100, new(100, 0)), (104, new(100, 0)), (105, Entries[0]), (109, Entries[0]),
             (110, Entries[1]), (119, Entries[1]), (120, Entries[2]), (121, Entries[2]), (long.MaxValue, Entries[2])],
            offsets.Select(offset => (offset, index.Lookup(offset))));
    }

    [Fact]
    public void Lookup_EmptyIndex_ReturnsTheSegmentStart()
    {
        using var index = new OffsetIndex(new FileLogFile(IndexPath), BaseOffset);

        Assert.Equal((new OffsetPosition(100, 0), 0, (OffsetPosition?)null), (index.Lookup(150), index.Count, index.Last));
    }

    [Fact]
    public void Append_WritesBigEndianRelativeOffsetAndPosition()
    {
        CreateWithEntries().Dispose();

        Assert.Equal(Convert.FromHexString("0000000500000064" + "0000000A000000C8" + "000000140000015E"), File.ReadAllBytes(IndexPath));
    }

    [Fact]
    public void Load_AfterReopen_RestoresTheEntries()
    {
        CreateWithEntries().Dispose();
        using var index = new OffsetIndex(new FileLogFile(IndexPath), BaseOffset);

        Assert.True(index.Load(logSize: 351));

        Assert.Equal((3, Entries[2], Entries[1]), (index.Count, index.Last, index.Lookup(115)));
    }

    [Fact]
    public void Load_TornLastEntry_DropsIt()
    {
        CreateWithEntries().Dispose();
        File.AppendAllBytes(IndexPath, [0, 0, 0, 0x1E, 0]);
        using var index = new OffsetIndex(new FileLogFile(IndexPath), BaseOffset);

        Assert.True(index.Load(logSize: 351));

        Assert.Equal((3, 24L), (index.Count, new FileInfo(IndexPath).Length));
    }

    [Theory]
    [InlineData(110, 200, 105, 300)]
    [InlineData(110, 200, 110, 300)]
    [InlineData(110, 200, 115, 200)]
    [InlineData(110, 200, 99, 300)]
    [InlineData(110, 200, 120, 1000)]
    public void Load_EntriesOutOfOrderOrOutsideTheLog_ReturnsFalseAndEmptiesTheIndex(long offset1, int position1, long offset2, int position2)
    {
        using (var writer = new OffsetIndex(new FileLogFile(IndexPath), BaseOffset))
        {
            writer.Append(new OffsetPosition(offset1, position1));
            writer.Append(new OffsetPosition(offset2, position2));
        }

        using var index = new OffsetIndex(new FileLogFile(IndexPath), BaseOffset);

        Assert.False(index.Load(logSize: 1000));
        Assert.Equal((0, 0L), (index.Count, new FileInfo(IndexPath).Length));
    }

    [Theory]
    [InlineData(351, 3)]
    [InlineData(350, 2)]
    [InlineData(201, 2)]
    [InlineData(200, 1)]
    [InlineData(100, 0)]
    public void TruncateToPosition_DropsEntriesAtOrPastIt(int position, int kept)
    {
        using var index = CreateWithEntries();

        index.TruncateToPosition(position);

        Assert.Equal((kept, kept * 8L), (index.Count, new FileInfo(IndexPath).Length));
        Assert.Equal(kept == 0 ? null : Entries[kept - 1], index.Last);
    }

    private OffsetIndex CreateWithEntries()
    {
        var index = new OffsetIndex(new FileLogFile(IndexPath), BaseOffset);
        foreach (var entry in Entries)
        {
            index.Append(entry);
        }

        return index;
    }
}
