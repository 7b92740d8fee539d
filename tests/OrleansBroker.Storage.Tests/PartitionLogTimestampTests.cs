using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// message.timestamp.type at append: log-append time stamps the broker's clock into the batch (every record then
/// reads with it, and the CRC stays valid); create time keeps the producer's timestamps and stores the batch as sent,
/// except that a header max timestamp or timestamp type that disagrees with the records is corrected.
/// </summary>
public abstract class PartitionLogTimestampTests(LogBackend backend) : LogTestBase(backend)
{
    private static readonly StoredRecord[] ProducerRecords =
    [
        new(0, "a", "1", 1_000),
        new(1, "b", "2", 3_000),
        new(2, "c", "3", 2_000),
    ];

    [Fact]
    public void Append_LogAppendTime_StampsTheBrokerClockIntoEachBatch()
    {
        var log = Open(new LogConfig { TimestampType = TimestampType.LogAppendTime });

        var first = log.Append(TestBatches.Build(ProducerRecords));
        Time.Advance(TimeSpan.FromSeconds(5));
        var second = log.Append(TestBatches.Build(ProducerRecords));

        var stamped = TestBatches.StartTime + 5_000;
        Assert.Equal(new AppendInfo(0, 2, TestBatches.StartTime, TestBatches.StartTime), first);
        Assert.Equal(new AppendInfo(3, 5, stamped, stamped), second);
        var headers = LogTestExtensions.Batches(log.Read(0, int.MaxValue).Records);
        Assert.Equal(
            [(TimestampType.LogAppendTime, TestBatches.StartTime, 1_000L), (TimestampType.LogAppendTime, stamped, 1_000L)],
            headers.Select(header => (header.TimestampType, header.MaxTimestamp, header.BaseTimestamp)));
        Assert.Equal(
            [.. ProducerRecords.Select(r => r with { Timestamp = TestBatches.StartTime }), .. ProducerRecords.Select(r => r with { Offset = r.Offset + 3, Timestamp = stamped })],
            log.ReadAllRecords());
    }

    [Fact]
    public void Append_CreateTime_KeepsProducerTimestampsAndStoresTheBatchAsSent()
    {
        var log = Open();
        var sent = TestBatches.Build(ProducerRecords);
        var expected = sent.ToArray();
        RecordBatchStamp.SetBaseOffset(expected, 5);
        log.AppendRecords(5);

        var info = log.Append(sent);

        Assert.Equal(new AppendInfo(5, 7, -1, 3_000), info);
        Assert.Equal(expected, log.Read(5, int.MaxValue).Records.ToArray());
        Assert.Equal(ProducerRecords.Select(r => r with { Offset = r.Offset + 5 }), log.ReadAllRecords(from: 5));
    }

    [Theory]
    [InlineData(TestBatches.StartTime)]
    [InlineData(2_000)]
    [InlineData(-1)]
    public void Append_HeaderMaxTimestampLies_IsCorrectedToTheLargestRecordTimestamp(long lie)
    {
        var log = Open();
        var batch = TestBatches.Build(ProducerRecords);
        TestBatches.SetHeaderMaxTimestamp(batch, lie);

        var info = log.Append(batch);

        Assert.Equal(new AppendInfo(0, 2, -1, 3_000), info);
        var header = Assert.Single(LogTestExtensions.Batches(log.Read(0, int.MaxValue).Records));
        Assert.Equal((TimestampType.CreateTime, 3_000L), (header.TimestampType, header.MaxTimestamp));
        Assert.Equal(new TimestampOffset(3_000, 1), log.OffsetForTimestamp(2_500));
        Assert.Null(log.OffsetForTimestamp(3_001));
    }

    [Fact]
    public void Append_LogAppendTimeFlagOnACreateTimeTopic_IsStoredAsCreateTime()
    {
        var log = Open();
        var batch = TestBatches.Build(ProducerRecords);
        TestBatches.SetAttributeBits(batch, RecordBatchLayout.TimestampTypeFlag);

        var info = log.Append(batch);

        Assert.Equal(new AppendInfo(0, 2, -1, 3_000), info);
        var header = Assert.Single(LogTestExtensions.Batches(log.Read(0, int.MaxValue).Records));
        Assert.Equal((TimestampType.CreateTime, 3_000L), (header.TimestampType, header.MaxTimestamp));
        Assert.Equal(ProducerRecords, log.ReadAllRecords());
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogTimestampTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogTimestampTests(new AzureBlobBackend(azurite));
}
