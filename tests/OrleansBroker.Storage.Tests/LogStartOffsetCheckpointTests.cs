using System.Text;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// LogStartOffsetCheckpoint: the file log-start-offset holds one decimal number, replaced whole in one step (on disk by
/// a rename, in blob storage by one upload), which leaves no other file behind; a missing or unreadable file reads as 0.
/// </summary>
public abstract class LogStartOffsetCheckpointTests(LogBackend backend) : LogTestBase(backend)
{
    [Fact]
    public void Read_NoFile_ReturnsZero() => Assert.Equal(0, new LogStartOffsetCheckpoint(LogDirectory).Read());

    [Fact]
    public void Write_ThenRead_ReturnsTheLastOffsetWritten()
    {
        var checkpoint = new LogStartOffsetCheckpoint(LogDirectory);

        checkpoint.Write(123_456_789_012);
        checkpoint.Write(42);

        Assert.Equal(42, new LogStartOffsetCheckpoint(LogDirectory).Read());
        Assert.Equal([("log-start-offset", 2L)], Files());
        Assert.Equal("42", Encoding.ASCII.GetString(ReadFile("log-start-offset")));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 0)]
    [InlineData("-5", 0)]
    [InlineData("12 34", 0)]
    [InlineData(" 17\n", 17)]
    public void Read_FileContent_ParsesOnlyAPlainNumber(string content, long expected)
    {
        LogDirectory.WriteAll("log-start-offset", Encoding.ASCII.GetBytes(content));

        Assert.Equal(expected, new LogStartOffsetCheckpoint(LogDirectory).Read());
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : LogStartOffsetCheckpointTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : LogStartOffsetCheckpointTests(new AzureBlobBackend(azurite));
}
