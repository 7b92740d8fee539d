using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Round-trips batches made by <see cref="RecordBatchBuilder"/> through <see cref="RecordBatchReader"/> and
/// <see cref="RecordEnumerator"/>: headers (null values, UTF-8 keys), null versus empty keys and values, a 1 MiB value,
/// timestamp deltas in both directions, offsets after the broker stamps a base offset, reuse after
/// <see cref="RecordBatchBuilder.Reset"/>, and the idempotent-producer fields.
/// </summary>
public sealed class RecordBatchBuilderTests
{
    [Fact]
    public void Add_SeveralHeaders_RoundTripInOrderWithNullAndUtf8()
    {
        Header[] headers =
        [
            new("trace-id", Utf8("abc-123")),
            new("ключ-🔑", Utf8("значение")),
            new("deleted-by", null),
            new("empty", ReadOnlyMemory<byte>.Empty),
        ];
        var batch = Build(builder => builder.Add(FirstTimestamp, Utf8("k"), Utf8("v"), headers));

        var record = Assert.Single(ReadRecords(batch));

        Assert.Equal(
            [new("trace-id", "abc-123"), new("ключ-🔑", "значение"), new("deleted-by", null), new ReadHeader("empty", "")],
            record.Headers);
        Assert.Equal(1, RecordBatchValidator.Validate(batch, NoLimit).Header.RecordCount);
    }

    [Fact]
    public void Add_NullVersusEmptyKeyAndValue_ReadBackDistinctly()
    {
        var batch = Build(builder =>
        {
            builder.Add(FirstTimestamp, null, Utf8("v"));
            builder.Add(FirstTimestamp, ReadOnlyMemory<byte>.Empty, Utf8("v"));
            builder.Add(FirstTimestamp, Utf8("k"), null);
            builder.Add(FirstTimestamp, Utf8("k"), ReadOnlyMemory<byte>.Empty);
        });

        var records = ReadRecords(batch);

        Assert.Equal([null, "", "k", "k"], records.Select(r => r.KeyText));
        Assert.Equal(["v", "v", null, ""], records.Select(r => r.ValueText));
    }

    [Fact]
    public void Add_SpanOverload_WritesSameBytesAsMemoryOverload()
    {
        var fromMemory = Build(builder => builder.Add(FirstTimestamp, null, Utf8("value")));

        var fromSpans = Build(builder => builder.Add(FirstTimestamp, [], false, Utf8("value"), true));

        Assert.Equal(fromMemory, fromSpans);
    }

    [Fact]
    public void Add_OneMebibyteValue_GrowsBufferAndRoundTripsByteForByte()
    {
        var value = new byte[1024 * 1024];
        for (var i = 0; i < value.Length; i++)
        {
            value[i] = (byte)(i % 251);
        }

        var builder = new RecordBatchBuilder(initialCapacity: 64);
        builder.Add(FirstTimestamp, Utf8("big"), value);
        var batch = builder.Build();

        // Record body: attributes 1 + timestamp delta 1 + offset delta 1 + key 1+3 + value 4+1048576 + header count 1.
        const int body = 1_048_588;
        Assert.Equal(RecordBatchLayout.HeaderSize + Varint.SizeOf(body) + body, batch.Length);
        Assert.Equal(batch.Length, builder.SizeInBytes);
        Assert.Equal(value, Assert.Single(ReadRecords(batch)).Value);
        RecordBatchValidator.Validate(batch, batch.Length);
    }

    [Fact]
    public void Add_LaterRecordWithEarlierTimestamp_StoresNegativeDeltaAndKeepsMaxInHeader()
    {
        var batch = Build(builder =>
        {
            builder.Add(10_000, Utf8("a"), Utf8("1"));
            builder.Add(10_250, Utf8("b"), Utf8("2"));
            builder.Add(9_900, Utf8("c"), Utf8("3"));
        });

        var header = ReadHeader(batch);

        Assert.Equal([10_000L, 10_250L, 9_900L], ReadRecords(batch).Select(r => r.Timestamp));
        Assert.Equal(10_000, header.BaseTimestamp);
        Assert.Equal(10_250, header.MaxTimestamp);
        Assert.Equal(TimestampType.CreateTime, header.TimestampType);

        // Record 2's timestamp delta is -100: zig-zag 199, varint C7 01, right after its length and attributes.
        var deltaPosition = RecordPosition(batch, 2) + 2;
        Assert.Equal("C701", Convert.ToHexString(batch, deltaPosition, 2));
    }

    [Fact]
    public void Build_AfterSetBaseOffset_RecordOffsetsAreBasePlusDelta()
    {
        var batch = BuildAt(1_000_000, recordCount: 3);

        var header = ReadHeader(batch);

        Assert.Equal([1_000_000L, 1_000_001L, 1_000_002L], ReadRecords(batch).Select(r => r.Offset));
        Assert.Equal(1_000_000, header.BaseOffset);
        Assert.Equal(1_000_002, header.LastOffset);
        Assert.Equal(1_000_003, header.NextOffset);
        Assert.Equal(["key-0", "key-1", "key-2"], ReadRecords(batch).Select(r => r.KeyText));
    }

    [Fact]
    public void Reset_ThenReuse_BuildsSameBytesAsFreshBuilder()
    {
        var builder = new RecordBatchBuilder();
        builder.Add(90_000, Utf8("old-0"), Utf8("x"));
        builder.Add(95_000, Utf8("old-1"), Utf8("y"));
        var first = builder.Build();
        var firstCopy = first.ToArray();

        builder.Reset();
        Assert.Equal(0, builder.Count);
        Assert.Equal(RecordBatchLayout.HeaderSize, builder.SizeInBytes);
        builder.Add(500, Utf8("new"), Utf8("z"));
        var second = builder.Build();

        Assert.Equal(Build(fresh => fresh.Add(500, Utf8("new"), Utf8("z"))), second);
        Assert.Equal(firstCopy, first);
        var header = ReadHeader(second);
        Assert.Equal(1, header.RecordCount);
        Assert.Equal(500, header.BaseTimestamp);
        Assert.Equal(500, header.MaxTimestamp);
    }

    [Fact]
    public void Build_IdempotentProducerFields_AreWrittenIntoHeader()
    {
        var builder = new RecordBatchBuilder { ProducerId = 123_456_789_012, ProducerEpoch = 7, BaseSequence = 42 };
        builder.Add(FirstTimestamp, Utf8("k"), Utf8("v"));

        var header = RecordBatchValidator.Validate(builder.Build(), NoLimit).Header;

        Assert.Equal(123_456_789_012, header.ProducerId);
        Assert.Equal(7, header.ProducerEpoch);
        Assert.Equal(42, header.BaseSequence);
    }

    [Fact]
    public void Build_DefaultProducerFields_AreMinusOne()
    {
        var header = ReadHeader(Build(2));

        Assert.Equal(-1, header.ProducerId);
        Assert.Equal(-1, header.ProducerEpoch);
        Assert.Equal(-1, header.BaseSequence);
        Assert.Equal(-1, header.PartitionLeaderEpoch);
        Assert.Equal(0, header.BaseOffset);
    }
}
