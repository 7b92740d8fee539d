using System.Buffers.Binary;
using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Compares the bytes <see cref="RecordBatchBuilder"/> writes with a batch written out by hand from the Kafka
/// RecordBatch v2 spec (big-endian header fields at the <see cref="RecordBatchLayout"/> positions, zig-zag varint
/// record fields, CRC-32C over the attributes to the end), so the builder cannot drift from the wire format unnoticed.
/// </summary>
public sealed class RecordBatchLayoutTests
{
    /// <summary>The CRC-32C of the hand-written batch below, from an independent bitwise implementation.</summary>
    private const uint HandComputedCrc = 0x8B6F635F;

    private static readonly byte[] HandWrittenBatch =
    [
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // baseOffset 0 (the broker assigns it)
        0x00, 0x00, 0x00, 0x44,                         // batchLength 68 = 80 - 12
        0xFF, 0xFF, 0xFF, 0xFF,                         // partitionLeaderEpoch -1
        0x02,                                           // magic 2
        0x8B, 0x6F, 0x63, 0x5F,                         // crc
        0x00, 0x00,                                     // attributes: no codec, create time
        0x00, 0x00, 0x00, 0x01,                         // lastOffsetDelta 1
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xE8, // baseTimestamp 1000
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xE8, // maxTimestamp 1000
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, // producerId -1
        0xFF, 0xFF,                                     // producerEpoch -1
        0xFF, 0xFF, 0xFF, 0xFF,                         // baseSequence -1
        0x00, 0x00, 0x00, 0x02,                         // records count 2

        // Record 0: key "k", value "v", no headers.
        0x10,       // length 8
        0x00,       // attributes
        0x00,       // timestampDelta 0
        0x00,       // offsetDelta 0
        0x02, 0x6B, // key length 1, "k"
        0x02, 0x76, // value length 1, "v"
        0x00,       // headers count 0

        // Record 1: timestamp 999, null key, empty value, header "h" with a null value.
        0x12,       // length 9
        0x00,       // attributes
        0x01,       // timestampDelta -1
        0x02,       // offsetDelta 1
        0x01,       // key length -1 (null)
        0x00,       // value length 0 (empty)
        0x02,       // headers count 1
        0x02, 0x68, // header key length 1, "h"
        0x01,       // header value length -1 (null)
    ];

    [Fact]
    public void Build_TwoSmallRecords_MatchesHandComputedBytes()
    {
        var batch = Build(builder =>
        {
            builder.Add(1000, Utf8("k"), Utf8("v"));
            builder.Add(999, null, ReadOnlyMemory<byte>.Empty, [new Header("h", null)]);
        });

        Assert.Equal(Convert.ToHexString(HandWrittenBatch), Convert.ToHexString(batch));
    }

    [Fact]
    public void HandWrittenBatch_Crc_IsCrc32COfAttributesToEnd()
    {
        Assert.Equal(HandComputedCrc, Crc32C.Compute(HandWrittenBatch.AsSpan(RecordBatchLayout.Attributes)));
        Assert.Equal(HandComputedCrc, BinaryPrimitives.ReadUInt32BigEndian(HandWrittenBatch.AsSpan(RecordBatchLayout.Crc)));
    }

    [Fact]
    public void HandWrittenBatch_ValidatesAndReadsBack()
    {
        var validated = RecordBatchValidator.Validate(HandWrittenBatch, HandWrittenBatch.Length);

        var records = ReadRecords(HandWrittenBatch);

        Assert.Equal(1000, validated.LargestRecordTimestamp);
        Assert.Equal(2, validated.Header.RecordCount);
        Assert.Equal([(0L, 1000L, "k", "v"), (1L, 999L, null, "")], records.Select(r => (r.Offset, r.Timestamp, r.KeyText, r.ValueText)));
        Assert.Equal([new ReadHeader("h", null)], records[1].Headers);
    }

    [Fact]
    public void Build_ProducerFields_LandAtSpecPositionsBigEndian()
    {
        var builder = new RecordBatchBuilder { ProducerId = 0x0102030405060708, ProducerEpoch = 0x090A, BaseSequence = 0x0B0C0D0E };
        builder.Add(0, null, null);

        var batch = builder.Build();

        Assert.Equal(
            "0102030405060708" + "090A" + "0B0C0D0E" + "00000001",
            Convert.ToHexString(batch, RecordBatchLayout.ProducerId, RecordBatchLayout.HeaderSize - RecordBatchLayout.ProducerId));
    }

    [Fact]
    public void Build_NoRecords_WritesBareHeaderWithMinusOneTimestamps()
    {
        var batch = new RecordBatchBuilder().Build();

        var header = RecordBatchValidator.Validate(batch, RecordBatchLayout.HeaderSize).Header;

        Assert.Equal(RecordBatchLayout.HeaderSize, batch.Length);
        Assert.Equal(RecordBatchLayout.HeaderSize - RecordBatchLayout.LogOverhead, header.BatchLength);
        Assert.Equal(0, header.RecordCount);
        Assert.Equal(0, header.LastOffsetDelta);
        Assert.Equal(-1, header.BaseTimestamp);
        Assert.Equal(-1, header.MaxTimestamp);
        Assert.Empty(ReadRecords(batch));
    }
}
