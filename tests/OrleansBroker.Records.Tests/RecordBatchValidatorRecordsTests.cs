using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Checks how <see cref="RecordBatchValidator"/> judges the records inside a batch whose CRC is correct (every edit
/// here re-stamps it, as a buggy producer would): the header's record count and last offset delta, offset deltas,
/// record lengths and fields; and <see cref="RecordBatchValidator.EnsureProducible"/> refusing control and empty
/// batches and producer ids without epoch or sequence.
/// </summary>
public sealed class RecordBatchValidatorRecordsTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_HeaderCountDisagreesWithRecords_RecordCountMismatch(int headerCount)
    {
        var batch = Build(3);
        SetInt32(batch, RecordBatchLayout.RecordCount, headerCount);

        AssertRejected(batch, RecordBatchError.RecordCountMismatch, ErrorCode.InvalidRecord);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Validate_WrongLastOffsetDelta_LastOffsetDeltaMismatch(int lastOffsetDelta)
    {
        var batch = Build(3);
        SetInt32(batch, RecordBatchLayout.LastOffsetDelta, lastOffsetDelta);

        var error = AssertRejected(batch, RecordBatchError.LastOffsetDeltaMismatch, ErrorCode.InvalidRecord);

        Assert.Contains($"last offset delta is {lastOffsetDelta}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    [InlineData(2, -1)]
    public void Validate_OffsetDeltaOutOfSequence_CorruptRecord(int record, int offsetDelta)
    {
        var batch = Build(3);
        SetByte(batch, RecordPosition(batch, record) + SimpleOffsetDeltaPosition, ZigZagByte(offsetDelta));

        var error = AssertRejected(batch, RecordBatchError.CorruptRecord, ErrorCode.InvalidRecord);

        Assert.Contains($"Record {record} of the batch has offset delta {offsetDelta}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SimpleRecordSize - 2)] // one byte short: the header count is cut off
    [InlineData(SimpleRecordSize)] // one byte long: swallows the next record's length
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_RecordLengthDisagreesWithFields_CorruptRecord(int length)
    {
        var batch = Build(3);
        SetByte(batch, RecordPosition(batch, 0), ZigZagByte(length));

        AssertRejected(batch, RecordBatchError.CorruptRecord, ErrorCode.InvalidRecord);
    }

    [Fact]
    public void Validate_RecordLengthNotAVarint_CorruptRecord()
    {
        var batch = Build(3);
        batch.AsSpan(RecordPosition(batch, 1), Varint.MaxInt32Bytes).Fill(0x80);
        RestampCrc(batch);

        AssertRejected(batch, RecordBatchError.CorruptRecord, ErrorCode.InvalidRecord);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Validate_NegativeHeaderCount_CorruptRecord(int record)
    {
        var batch = Build(3);
        var headerCountPosition = RecordPosition(batch, record) + SimpleRecordSize - 1;
        SetByte(batch, headerCountPosition, ZigZagByte(-1));

        var error = AssertRejected(batch, RecordBatchError.CorruptRecord, ErrorCode.InvalidRecord);

        Assert.Contains("header count -1 is negative", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, -2)] // key length below -1
    [InlineData(4, 20)] // key runs past the record
    [InlineData(10, -2)] // value length below -1
    [InlineData(10, 8)] // value swallows the header count
    public void Validate_BadKeyOrValueLength_CorruptRecord(int fieldOffset, int length)
    {
        var batch = Build(3);
        SetByte(batch, RecordPosition(batch, 1) + fieldOffset, ZigZagByte(length));

        AssertRejected(batch, RecordBatchError.CorruptRecord, ErrorCode.InvalidRecord);
    }

    [Theory]
    [InlineData(-1)] // a null header key
    [InlineData(2)] // a header key that runs past the record
    public void Validate_BadHeaderKeyLength_CorruptRecord(int keyLength)
    {
        // Record: length, attributes, timestamp delta, offset delta, key 1+1, value 1+1, header count, then the header key length.
        const int headerKeyLengthOffset = 9;
        var batch = Build(builder => builder.Add(FirstTimestamp, Utf8("k"), Utf8("v"), [new Header("h", Utf8("x"))]));
        Assert.Equal(ZigZagByte(1), batch[RecordBatchLayout.HeaderSize + headerKeyLengthOffset]);
        SetByte(batch, RecordBatchLayout.HeaderSize + headerKeyLengthOffset, ZigZagByte(keyLength));

        var error = AssertRejected(batch, RecordBatchError.CorruptRecord, ErrorCode.InvalidRecord);

        Assert.Contains("header 0 is malformed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureProducible_ControlBatch_NotProducible()
    {
        var batch = Build(1);
        SetInt16(batch, RecordBatchLayout.Attributes, RecordBatchLayout.ControlFlag);
        var header = RecordBatchValidator.Validate(batch, NoLimit).Header;

        var error = AssertFails(() => RecordBatchValidator.EnsureProducible(header), RecordBatchError.NotProducible, ErrorCode.InvalidRecord);

        Assert.Contains("Control batches", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureProducible_NoRecords_NotProducible()
    {
        var header = RecordBatchValidator.Validate(new RecordBatchBuilder().Build(), NoLimit).Header;

        var error = AssertFails(() => RecordBatchValidator.EnsureProducible(header), RecordBatchError.NotProducible, ErrorCode.InvalidRecord);

        Assert.Contains("no records", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData((short)-1, 0)]
    [InlineData((short)0, -1)]
    public void EnsureProducible_ProducerIdWithoutEpochOrSequence_NotProducible(short epoch, int baseSequence)
    {
        var header = RecordBatchValidator.Validate(Build(builder =>
        {
            (builder.ProducerId, builder.ProducerEpoch, builder.BaseSequence) = (7, epoch, baseSequence);
            builder.Add(FirstTimestamp, null, Utf8("v"));
        }), NoLimit).Header;

        var error = AssertFails(() => RecordBatchValidator.EnsureProducible(header), RecordBatchError.NotProducible, ErrorCode.InvalidRecord);

        Assert.Contains($"producer id 7 has epoch {epoch} and base sequence {baseSequence}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData((short)0)]
    [InlineData(RecordBatchLayout.TransactionalFlag)]
    public void EnsureProducible_OrdinaryOrTransactionalBatch_DoesNotThrow(short attributes)
    {
        var batch = Build(2);
        SetInt16(batch, RecordBatchLayout.Attributes, attributes);

        RecordBatchValidator.EnsureProducible(RecordBatchValidator.Validate(batch, NoLimit).Header);
    }
}
