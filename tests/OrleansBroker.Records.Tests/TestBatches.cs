using System.Buffers.Binary;
using System.Text;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Shared helpers for the record tests: builds small batches with predictable bytes, edits header fields and
/// re-stamps the CRC so only the intended check fails, and reads records back as plain values that outlive the buffer.
/// </summary>
internal static class TestBatches
{
    /// <summary>Timestamp of the first record of a batch made by <see cref="Build(int, long)"/>.</summary>
    public const long FirstTimestamp = 1_700_000_000_000;

    /// <summary>
    /// Size of every record made by <see cref="Build(int, long)"/> for indexes 0-9: length 1 + attributes 1 +
    /// timestamp delta 1 + offset delta 1 + key (1 + 5, "key-i") + value (1 + 7, "value-i") + header count 1.
    /// </summary>
    public const int SimpleRecordSize = 19;

    /// <summary>Bytes the length varint, attributes and timestamp delta take before a simple record's offset delta.</summary>
    public const int SimpleOffsetDeltaPosition = 3;

    /// <summary>A batch-size limit no test batch reaches.</summary>
    public const int NoLimit = int.MaxValue;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// A batch of <paramref name="recordCount"/> records with key "key-i", value "value-i", no headers and
    /// timestamp <paramref name="firstTimestamp"/> + i.
    /// </summary>
    public static byte[] Build(int recordCount, long firstTimestamp = FirstTimestamp) => Build(builder =>
    {
        for (var i = 0; i < recordCount; i++)
        {
            builder.Add(firstTimestamp + i, Utf8($"key-{i}"), Utf8($"value-{i}"));
        }
    });

    /// <summary>A batch holding whatever <paramref name="addRecords"/> adds to a fresh builder.</summary>
    public static byte[] Build(Action<RecordBatchBuilder> addRecords)
    {
        var builder = new RecordBatchBuilder();
        addRecords(builder);
        return builder.Build();
    }

    /// <summary>A batch whose base offset has been stamped to <paramref name="baseOffset"/>.</summary>
    public static byte[] BuildAt(long baseOffset, int recordCount, long firstTimestamp = FirstTimestamp)
    {
        var batch = Build(recordCount, firstTimestamp);
        RecordBatchStamp.SetBaseOffset(batch, baseOffset);
        return batch;
    }

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];

    /// <summary>Recomputes the CRC-32C over the bytes from the attributes to the end, as a producer would after an edit.</summary>
    public static void RestampCrc(Span<byte> batch) =>
        BinaryPrimitives.WriteUInt32BigEndian(batch[RecordBatchLayout.Crc..], Crc32C.Compute(batch[RecordBatchLayout.Attributes..]));

    /// <summary>Writes a big-endian int16 header field and re-stamps the CRC.</summary>
    public static void SetInt16(byte[] batch, int position, short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(batch.AsSpan(position), value);
        RestampCrc(batch);
    }

    /// <summary>Writes a big-endian int32 header field and re-stamps the CRC.</summary>
    public static void SetInt32(byte[] batch, int position, int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(batch.AsSpan(position), value);
        RestampCrc(batch);
    }

    /// <summary>Overwrites one byte (inside a record, usually a one-byte varint) and re-stamps the CRC.</summary>
    public static void SetByte(byte[] batch, int position, byte value)
    {
        batch[position] = value;
        RestampCrc(batch);
    }

    /// <summary>The one-byte zig-zag varint of a small value (-64..63).</summary>
    public static byte ZigZagByte(int value)
    {
        Span<byte> encoded = stackalloc byte[Varint.MaxInt32Bytes];
        Assert.Equal(1, Varint.WriteInt64(encoded, value));
        return encoded[0];
    }

    /// <summary>
    /// Copies <paramref name="batch"/> cut or zero-padded to <paramref name="newLength"/> bytes, with the batch
    /// length and CRC rewritten so that only the records disagree with the header.
    /// </summary>
    public static byte[] Resize(byte[] batch, int newLength)
    {
        var resized = new byte[newLength];
        batch.AsSpan(0, Math.Min(batch.Length, newLength)).CopyTo(resized);
        SetInt32(resized, RecordBatchLayout.BatchLength, newLength - RecordBatchLayout.LogOverhead);
        return resized;
    }

    /// <summary>Position in <paramref name="batch"/> where record <paramref name="index"/> (its length varint) starts.</summary>
    public static int RecordPosition(ReadOnlySpan<byte> batch, int index)
    {
        var position = RecordBatchLayout.HeaderSize;
        for (var i = 0; i < index; i++)
        {
            Assert.True(Varint.TryRead(batch[position..], Varint.MaxInt32Bytes, out var length, out var prefix));
            position += prefix + (int)length;
        }

        return position;
    }

    /// <summary>
    /// Validates <paramref name="batch"/>, expecting a rejection with <paramref name="reason"/> and <paramref name="code"/>,
    /// and checks that validation left the bytes exactly as they were.
    /// </summary>
    public static InvalidRecordBatchException AssertRejected(byte[] batch, RecordBatchError reason, ErrorCode code, int maxBatchBytes = NoLimit)
    {
        var before = batch.ToArray();
        var error = AssertFails(() => RecordBatchValidator.Validate(batch, maxBatchBytes), reason, code);
        Assert.Equal(before, batch);
        return error;
    }

    /// <summary>Runs <paramref name="action"/>, expecting a batch rejection with <paramref name="reason"/> and <paramref name="code"/>.</summary>
    public static InvalidRecordBatchException AssertFails(Action action, RecordBatchError reason, ErrorCode code)
    {
        var error = Assert.Throws<InvalidRecordBatchException>(action);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>Reads every record of every whole batch in <paramref name="buffer"/>, in order.</summary>
    public static List<ReadRecord> ReadRecords(ReadOnlySpan<byte> buffer)
    {
        var records = new List<ReadRecord>();
        foreach (var batch in new RecordBatchReader(buffer))
        {
            foreach (var record in batch.Records)
            {
                var headers = new List<ReadHeader>();
                foreach (var header in record.Headers)
                {
                    headers.Add(new ReadHeader(header.KeyString, header.HasValue ? Encoding.UTF8.GetString(header.Value) : null));
                }

                Assert.Equal(record.Headers.Count, headers.Count);
                records.Add(new ReadRecord(
                    record.Offset,
                    record.Timestamp,
                    record.HasKey ? record.Key.ToArray() : null,
                    record.HasValue ? record.Value.ToArray() : null,
                    headers));
            }
        }

        return records;
    }

    /// <summary>The header of the only batch in <paramref name="batch"/>, as the reader sees it.</summary>
    public static RecordBatchHeader ReadHeader(ReadOnlySpan<byte> batch)
    {
        var reader = new RecordBatchReader(batch);
        Assert.True(reader.MoveNext());
        var header = reader.Current.Header;
        Assert.False(reader.MoveNext());
        return header;
    }
}

/// <summary>A record copied out of a batch; null key or value means null on the wire.</summary>
internal sealed record ReadRecord(long Offset, long Timestamp, byte[]? Key, byte[]? Value, IReadOnlyList<ReadHeader> Headers)
{
    public string? KeyText => Key is null ? null : Encoding.UTF8.GetString(Key);

    public string? ValueText => Value is null ? null : Encoding.UTF8.GetString(Value);
}

/// <summary>A record header copied out of a batch, its value decoded from UTF-8.</summary>
internal readonly record struct ReadHeader(string Key, string? Value);
