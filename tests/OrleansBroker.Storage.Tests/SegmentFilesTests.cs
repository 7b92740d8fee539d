using OrleansBroker.Storage.Log;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// SegmentFiles: a segment's files are its base offset as 20 zero-padded digits plus .log, .index or .timeindex; a
/// listing finds only well-named .log files, in offset order; index files without their .log are reported as orphans.
/// </summary>
public sealed class SegmentFilesTests
{
    [Theory]
    [InlineData(0, "00000000000000000000")]
    [InlineData(42, "00000000000000000042")]
    [InlineData(long.MaxValue, "09223372036854775807")]
    public void Names_AnyBaseOffset_AreTwentyDigitsPlusSuffix(long baseOffset, string name)
    {
        Assert.Equal(
            [name + ".log", name + ".index", name + ".timeindex"],
            [SegmentFiles.LogName(baseOffset), SegmentFiles.OffsetIndexName(baseOffset), SegmentFiles.TimeIndexName(baseOffset)]);
    }

    [Fact]
    public void ListBaseOffsets_MixedFiles_ReturnsWellNamedLogsInOrder()
    {
        string[] files =
        [
            "00000000000000000010.log", "00000000000000000002.log", "00000000000000000100.index", "42.log",
            "0000000000000000000x.log", "-0000000000000000001.log", "000000000000000000007.log", "log-start-offset",
        ];

        Assert.Equal([2L, 10L], SegmentFiles.ListBaseOffsets(files));
    }

    [Fact]
    public void Orphans_IndexFilesWithoutTheirLog_AreListed()
    {
        string[] files =
        [
            "00000000000000000010.log", "00000000000000000010.index", "00000000000000000010.timeindex",
            "00000000000000000100.index", "00000000000000000100.timeindex", "00000000000000000200.timeindex",
            "log-start-offset",
        ];

        Assert.Equal(
            ["00000000000000000100.index", "00000000000000000100.timeindex", "00000000000000000200.timeindex"],
            SegmentFiles.Orphans(files).Order(StringComparer.Ordinal));
    }
}
