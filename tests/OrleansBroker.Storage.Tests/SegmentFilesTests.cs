using OrleansBroker.Storage.Log;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// SegmentFiles: a segment's files are its base offset as 20 zero-padded digits plus .log, .index or .timeindex; a
/// listing finds only well-named .log files, in offset order; index files without their .log are reported as orphans.
/// </summary>
public sealed class SegmentFilesTests : LogTestBase
{
    [Theory]
    [InlineData(0, "00000000000000000000")]
    [InlineData(42, "00000000000000000042")]
    [InlineData(long.MaxValue, "09223372036854775807")]
    public void Paths_AnyBaseOffset_AreTwentyDigitsPlusSuffix(long baseOffset, string name)
    {
        Assert.Equal(
            [Temp.PathOf(name + ".log"), Temp.PathOf(name + ".index"), Temp.PathOf(name + ".timeindex")],
            [SegmentFiles.LogPath(Temp.Path, baseOffset), SegmentFiles.OffsetIndexPath(Temp.Path, baseOffset), SegmentFiles.TimeIndexPath(Temp.Path, baseOffset)]);
    }

    [Fact]
    public void ListBaseOffsets_MixedFiles_ReturnsWellNamedLogsInOrder()
    {
        Touch(
            "00000000000000000010.log", "00000000000000000002.log", "00000000000000000100.index", "42.log",
            "0000000000000000000x.log", "-0000000000000000001.log", "000000000000000000007.log", "log-start-offset");

        Assert.Equal([2L, 10L], SegmentFiles.ListBaseOffsets(Temp.Path));
    }

    [Fact]
    public void Orphans_IndexFilesWithoutTheirLog_AreListed()
    {
        Touch(
            "00000000000000000010.log", "00000000000000000010.index", "00000000000000000010.timeindex",
            "00000000000000000100.index", "00000000000000000100.timeindex", "00000000000000000200.timeindex");

        Assert.Equal(
            ["00000000000000000100.index", "00000000000000000100.timeindex", "00000000000000000200.timeindex"],
            SegmentFiles.Orphans(Temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private void Touch(params string[] names)
    {
        foreach (var name in names)
        {
            File.WriteAllBytes(Temp.PathOf(name), []);
        }
    }
}
