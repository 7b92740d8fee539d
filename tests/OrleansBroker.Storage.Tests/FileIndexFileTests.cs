using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// FileIndexFile, an index on local disk that holds no handle while idle: writes are held in memory, yet reads and the
/// length see them; they reach the file once <see cref="FileIndexFile.WriteBehindBytes"/> have gathered, on flush and on
/// dispose, but never after a delete; truncation cuts held-back and written bytes alike; and no handle stays open.
/// </summary>
public sealed class FileIndexFileTests : FileLogTestBase
{
    private string IndexPath => PathOf(SegmentFile(0, ".index"));

    [Fact]
    public void Write_Small_IsHeldBackButReadableAndHoldsNoHandle()
    {
        using var index = new FileIndexFile(IndexPath);

        index.Write([Bytes(1, 8)], 0);

        Assert.Equal((8L, 0L), (index.Length, new FileInfo(IndexPath).Length));
        Assert.Equal(Bytes(1, 8), ReadAll(index));
        Assert.Empty(OpenHandles.In(DirectoryPath));
    }

    [Fact]
    public void Write_ReachingWriteBehindBytes_WritesEverythingHeldBack()
    {
        using var index = new FileIndexFile(IndexPath);
        var first = Bytes(1, FileIndexFile.WriteBehindBytes - 8);

        index.Write([first], 0);
        index.Write([Bytes(2, 8)], first.Length);

        Assert.Equal([.. first, .. Bytes(2, 8)], File.ReadAllBytes(IndexPath));
        Assert.Empty(OpenHandles.In(DirectoryPath));
    }

    [Fact]
    public void Flush_And_Dispose_WriteWhatIsHeldBack()
    {
        var index = new FileIndexFile(IndexPath);
        index.Write([Bytes(1, 8)], 0);

        index.Flush();
        Assert.Equal(Bytes(1, 8), File.ReadAllBytes(IndexPath));

        index.Write([Bytes(2, 12)], 8);
        index.Dispose();
        Assert.Equal([.. Bytes(1, 8), .. Bytes(2, 12)], File.ReadAllBytes(IndexPath));
    }

    [Fact]
    public void Open_ExistingFile_ContinuesAfterItsBytes()
    {
        using (var first = new FileIndexFile(IndexPath))
        {
            first.Write([Bytes(1, 8)], 0);
        }

        using var index = new FileIndexFile(IndexPath);
        index.Write([Bytes(2, 8)], index.Length);

        Assert.Equal(16, index.Length);
        Assert.Equal([.. Bytes(1, 8), .. Bytes(2, 8)], ReadAll(index));
    }

    [Fact]
    public void Truncate_IntoWrittenOrHeldBackBytes_CutsBoth()
    {
        using var index = new FileIndexFile(IndexPath);
        index.Write([Bytes(1, 16)], 0);
        index.Flush();
        index.Write([Bytes(2, 16)], 16);

        index.Truncate(24);
        Assert.Equal([.. Bytes(1, 16), .. Bytes(2, 8)], ReadAll(index));
        Assert.Equal(16, new FileInfo(IndexPath).Length);

        index.Truncate(8);
        Assert.Equal(Bytes(1, 8), ReadAll(index));
        Assert.Equal(8, new FileInfo(IndexPath).Length);
    }

    [Fact]
    public void Delete_ThenDispose_LeavesNoFile()
    {
        var index = new FileIndexFile(IndexPath);
        index.Write([Bytes(1, 8)], 0);

        index.Delete();
        index.Dispose();

        Assert.False(File.Exists(IndexPath));
    }

    private static byte[] Bytes(byte value, int count) => Enumerable.Repeat(value, count).ToArray();

    private static byte[] ReadAll(FileIndexFile index)
    {
        var bytes = new byte[index.Length];
        Assert.Equal(bytes.Length, index.Read(bytes, 0));
        return bytes;
    }
}
