using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Checks that <see cref="RecordBatchReader"/> walks batches laid end to end as a fetch response or log segment holds
/// them: every whole batch in order with its exact bytes, a trailing partial batch skipped without an error, nothing
/// from an empty buffer, and no CRC check (that is the validator's job).
/// </summary>
public sealed class RecordBatchReaderTests
{
    [Fact]
    public void MoveNext_SeveralBatches_EnumeratesAllInOrder()
    {
        byte[][] batches = [BuildAt(0, recordCount: 2), BuildAt(2, recordCount: 1), BuildAt(3, recordCount: 3)];
        var buffer = Concat(batches);

        var reader = new RecordBatchReader(buffer);
        for (var i = 0; i < batches.Length; i++)
        {
            Assert.True(reader.MoveNext());
            Assert.Equal(batches[i], reader.Current.Bytes.ToArray());
            Assert.Equal(batches[i].Length, reader.Current.Header.SizeInBytes);
        }

        Assert.False(reader.MoveNext());
        Assert.Equal([0L, 1L, 2L, 3L, 4L, 5L], ReadRecords(buffer).Select(r => r.Offset));
        Assert.Equal(["key-0", "key-1", "key-0", "key-0", "key-1", "key-2"], ReadRecords(buffer).Select(r => r.KeyText));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(RecordBatchLayout.HeaderSize - 1)]
    [InlineData(RecordBatchLayout.HeaderSize)]
    [InlineData(RecordBatchLayout.HeaderSize + SimpleRecordSize + 1)]
    public void MoveNext_TrailingPartialBatch_IsSkippedWithoutThrowing(int partialBytes)
    {
        var whole = BuildAt(0, recordCount: 2);
        var next = BuildAt(2, recordCount: 2);
        Assert.True(partialBytes < next.Length);

        var records = ReadRecords(Concat(whole, next[..partialBytes]));

        Assert.Equal([0L, 1L], records.Select(r => r.Offset));
    }

    [Fact]
    public void MoveNext_TrailingHeaderClaimingLargestBatchSize_IsSkipped()
    {
        var claimsTwoGigabytes = Build(1);
        SetInt32(claimsTwoGigabytes, RecordBatchLayout.BatchLength, int.MaxValue - RecordBatchLayout.LogOverhead);

        var records = ReadRecords(Concat(Build(1), claimsTwoGigabytes));

        Assert.Equal("key-0", Assert.Single(records).KeyText);
    }

    [Fact]
    public void MoveNext_LengthFieldOverflowingBatchSize_ThrowsLengthMismatch()
    {
        var overflowing = Build(1);
        SetInt32(overflowing, RecordBatchLayout.BatchLength, int.MaxValue);

        AssertFails(() => ReadRecords(Concat(Build(1), overflowing)), RecordBatchError.LengthMismatch, ErrorCode.CorruptMessage);
    }

    [Fact]
    public void MoveNext_EmptyBuffer_ReturnsFalse()
    {
        var reader = new RecordBatchReader([]);

        Assert.False(reader.MoveNext());
    }

    [Fact]
    public void MoveNext_BatchWithBadCrc_IsStillRead()
    {
        var batch = Build(1);
        batch[RecordBatchLayout.Crc] ^= 0xFF;

        Assert.Equal("value-0", Assert.Single(ReadRecords(batch)).ValueText);
    }

    [Fact]
    public void MoveNext_MagicOtherThanTwo_ThrowsUnsupportedMagic()
    {
        var buffer = Concat(Build(1), Build(1));
        buffer[Build(1).Length + RecordBatchLayout.Magic] = 1;

        AssertFails(() => ReadRecords(buffer), RecordBatchError.UnsupportedMagic, ErrorCode.CorruptMessage);
    }
}
