namespace OrleansBroker.Storage.Tests;

/// <summary>
/// LogStartOffsetCheckpoint: the file log-start-offset holds one decimal number, replaced whole by a rename (no
/// temporary file is left behind); a missing or unreadable file reads as 0.
/// </summary>
public sealed class LogStartOffsetCheckpointTests : LogTestBase
{
    [Fact]
    public void Read_NoFile_ReturnsZero() => Assert.Equal(0, new LogStartOffsetCheckpoint(Temp.Path).Read());

    [Fact]
    public void Write_ThenRead_ReturnsTheLastOffsetWritten()
    {
        var checkpoint = new LogStartOffsetCheckpoint(Temp.Path);

        checkpoint.Write(123_456_789_012);
        checkpoint.Write(42);

        Assert.Equal(42, new LogStartOffsetCheckpoint(Temp.Path).Read());
        Assert.Equal([("log-start-offset", 2L)], Files());
        Assert.Equal("42", File.ReadAllText(Temp.PathOf("log-start-offset")));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 0)]
    [InlineData("-5", 0)]
    [InlineData("12 34", 0)]
    [InlineData(" 17\n", 17)]
    public void Read_FileContent_ParsesOnlyAPlainNumber(string content, long expected)
    {
        File.WriteAllText(Temp.PathOf("log-start-offset"), content);

        Assert.Equal(expected, new LogStartOffsetCheckpoint(Temp.Path).Read());
    }
}
