using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// FileLogFile once sealed: it holds no handle, yet reads, its length and fsync keep working by opening the file for
/// their duration; a write fails; and once deleted (retention, while readers still hold its segment) it keeps serving
/// reads of the unlinked file until disposed.
/// </summary>
public sealed class FileLogFileTests : FileLogTestBase
{
    private static readonly byte[] Content = [1, 2, 3, 4, 5, 6, 7, 8];

    private string LogPath => PathOf(SegmentFile(0, ".log"));

    [Fact]
    public void Seal_ReleasesTheHandle_ReadsLengthAndFlushKeepWorking()
    {
        using var file = Written();

        file.Seal();

        Assert.Empty(OpenHandles.In(DirectoryPath));
        Assert.Equal(8, file.Length);
        Assert.Equal(Content, ReadAll(file));
        file.Flush();
        Assert.Throws<InvalidOperationException>(() => file.Write([Content], 8));
        Assert.Empty(OpenHandles.In(DirectoryPath));
    }

    [Fact]
    public void Delete_WhenSealed_KeepsServingReadsUntilDisposed()
    {
        var file = Written();
        file.Seal();

        file.Delete();

        Assert.False(File.Exists(LogPath));
        Assert.Equal(Content, ReadAll(file));
        file.Dispose();
        Assert.Empty(OpenHandles.In(DirectoryPath));
    }

    private FileLogFile Written()
    {
        var file = new FileLogFile(LogPath);
        file.Write([Content], 0);
        return file;
    }

    private static byte[] ReadAll(FileLogFile file)
    {
        var bytes = new byte[file.Length];
        Assert.Equal(bytes.Length, file.Read(bytes, 0));
        return bytes;
    }
}
