namespace OrleansBroker.Storage.Tests;

/// <summary>
/// The flush policy: flush.messages and flush.ms (flush after so many records, or when the last flush is so old) and
/// an explicit Flush. A flush (an fsync on local disk; in blob storage, the append of held-back index entries) cannot
/// be observed from a test, so these check that every policy accepts appends across segment rolls, reads them back and
/// keeps them over a reopen.
/// </summary>
public abstract class PartitionLogFlushTests(LogBackend backend) : LogTestBase(backend)
{
    [Theory]
    [InlineData(1, long.MaxValue)]
    [InlineData(3, long.MaxValue)]
    [InlineData(long.MaxValue, 0)]
    [InlineData(long.MaxValue, 1_000)]
    [InlineData(2, 500)]
    public void Append_WithFlushPolicy_ReadsBackAndSurvivesReopen(long flushMessages, long flushMs)
    {
        var log = Open(new LogConfig { FlushMessages = flushMessages, FlushMs = flushMs, SegmentBytes = 2 * TestBatches.Size(2) });
        var expected = new List<StoredRecord>();
        for (var i = 0; i < 8; i++)
        {
            expected.AddRange(TestBatches.Records(log.LogEndOffset, 2, Now));
            log.AppendRecords(2, Now);
            Time.Advance(TimeSpan.FromMilliseconds(300));
        }

        Assert.Equal((16L, 4), (log.LogEndOffset, log.SegmentCount));
        Assert.Equal(expected, log.ReadAllRecords());
        Assert.Equal(expected, Reopen(log).ReadAllRecords());
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void Flush_Explicit_KeepsEverythingAppended()
    {
        var log = Open();
        log.AppendRecords(3);

        log.Flush();
        log.AppendRecords(2);
        log.Flush();

        Assert.Equal(TestBatches.Records(0, 5), Reopen(log).ReadAllRecords());
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogFlushTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogFlushTests(new AzureBlobBackend(azurite));
}
