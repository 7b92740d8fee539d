using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Checks the fields the broker writes into a batch on append: the base offset, which the CRC does not cover, and
/// log-append time, which rewrites the attributes and max timestamp and must leave a batch that still validates and
/// whose every record reads back with the append time; and the idempotent producer's fields, which a producer writes
/// into a sealed batch, leaving it valid.
/// </summary>
public sealed class RecordBatchStampTests
{
    private const long AppendTime = 1_800_000_000_123;

    [Fact]
    public void SetBaseOffset_LargeOffset_WritesBigEndianAndKeepsCrc()
    {
        var batch = Build(2);
        var crcBefore = ReadHeader(batch).Crc;

        RecordBatchStamp.SetBaseOffset(batch, 0x0011223344556677);

        Assert.Equal("0011223344556677", Convert.ToHexString(batch, RecordBatchLayout.BaseOffset, sizeof(long)));
        Assert.Equal(crcBefore, RecordBatchValidator.Validate(batch, NoLimit).Header.Crc);
    }

    [Fact]
    public void SetMaxTimestamp_LogAppendTime_BatchValidatesAndEveryRecordHasAppendTime()
    {
        var batch = BuildAt(10, recordCount: 3);

        RecordBatchStamp.SetMaxTimestamp(batch, TimestampType.LogAppendTime, AppendTime);

        var header = RecordBatchValidator.Validate(batch, NoLimit).Header;
        Assert.Equal(TimestampType.LogAppendTime, header.TimestampType);
        Assert.Equal(AppendTime, header.MaxTimestamp);
        Assert.Equal(FirstTimestamp, header.BaseTimestamp);
        Assert.Equal(RecordBatchLayout.TimestampTypeFlag, header.Attributes);
        Assert.Equal(
            [(10L, AppendTime), (11L, AppendTime), (12L, AppendTime)],
            ReadRecords(batch).Select(r => (r.Offset, r.Timestamp)));
    }

    [Fact]
    public void SetMaxTimestamp_BackToCreateTime_RestoresRecordTimestamps()
    {
        var batch = Build(3);
        RecordBatchStamp.SetMaxTimestamp(batch, TimestampType.LogAppendTime, AppendTime);

        RecordBatchStamp.SetMaxTimestamp(batch, TimestampType.CreateTime, FirstTimestamp + 2);

        Assert.Equal(Build(3), batch);
        Assert.Equal(
            [FirstTimestamp, FirstTimestamp + 1, FirstTimestamp + 2],
            ReadRecords(batch).Select(r => r.Timestamp));
    }

    [Fact]
    public void SetProducer_IdEpochAndSequence_BatchValidatesWithThem()
    {
        var batch = Build(3);

        RecordBatchStamp.SetProducer(batch, 0x0102030405, 7, int.MaxValue - 1);

        var header = RecordBatchValidator.Validate(batch, NoLimit).Header;
        Assert.Equal((0x0102030405L, (short)7, int.MaxValue - 1, 0), (header.ProducerId, header.ProducerEpoch, header.BaseSequence, header.LastSequence));
        Assert.Equal(["value-0", "value-1", "value-2"], ReadRecords(batch).Select(r => r.ValueText));
    }

    [Fact]
    public void SetMaxTimestamp_TransactionalBatch_KeepsOtherAttributeBits()
    {
        var batch = Build(1);
        SetInt16(batch, RecordBatchLayout.Attributes, RecordBatchLayout.TransactionalFlag);

        RecordBatchStamp.SetMaxTimestamp(batch, TimestampType.LogAppendTime, AppendTime);

        var header = RecordBatchValidator.Validate(batch, NoLimit).Header;
        Assert.True(header.IsTransactional);
        Assert.Equal(TimestampType.LogAppendTime, header.TimestampType);
        Assert.Equal(CompressionType.None, header.Compression);
    }
}
