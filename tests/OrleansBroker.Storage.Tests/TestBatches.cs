using System.Buffers.Binary;
using System.Text;
using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Builds the batches the storage tests append. Records made by <see cref="Records"/> have the key "key-NNNN" and
/// the value "value-NNNN" for their offset NNNN, so every record of a batch of one size has the same length and a
/// read-back can be compared with the expected list as a whole.
/// </summary>
internal static class TestBatches
{
    /// <summary>The clock's start in the tests, and the default record timestamp (ms since the Unix epoch).</summary>
    public const long StartTime = 1_700_000_000_000;

    /// <summary>A max.message.bytes that every ordinary test batch fits under and a <see cref="BatchDamage.TooLarge"/> one does not.</summary>
    public const int SmallMaxMessageBytes = 400;

    /// <summary>
    /// Bytes of one record from <see cref="Records"/> while its offset delta and timestamp delta fit one varint byte:
    /// length 1, attributes 1, timestamp delta 1, offset delta 1, key 1 + 8, value 1 + 10, header count 1.
    /// </summary>
    public const int RecordSize = 25;

    /// <summary>Bytes of a batch of <paramref name="recordCount"/> records from <see cref="Records"/> (up to 63 records).</summary>
    public static int Size(int recordCount) => RecordBatchLayout.HeaderSize + (RecordSize * recordCount);

    /// <summary>The records "key-o"/"value-o" for offsets <paramref name="firstOffset"/> onwards, all at <paramref name="timestamp"/>.</summary>
    public static StoredRecord[] Records(long firstOffset, int count, long timestamp = StartTime) =>
        [.. Enumerable.Range(0, count).Select(i => Record(firstOffset + i, timestamp))];

    public static StoredRecord Record(long offset, long timestamp) =>
        new(offset, $"key-{offset:D4}", $"value-{offset:D4}", timestamp);

    /// <summary>A batch of <see cref="Records"/>; its base offset is left 0 for the log to assign.</summary>
    public static byte[] Build(long firstOffset, int count, long timestamp = StartTime) => Build(Records(firstOffset, count, timestamp));

    /// <summary>A batch holding <paramref name="records"/> in order (their offsets are ignored; the log assigns them).</summary>
    public static byte[] Build(IEnumerable<StoredRecord> records)
    {
        var builder = new RecordBatchBuilder();
        foreach (var record in records)
        {
            builder.Add(record.Timestamp, Utf8(record.Key), record.Key is not null, Utf8(record.Value), record.Value is not null);
        }

        return builder.Build();
    }

    /// <summary>A batch for offset <paramref name="firstOffset"/> spoiled as <paramref name="damage"/> says.</summary>
    public static byte[] Damaged(BatchDamage damage, long firstOffset = 0)
    {
        var batch = Build(firstOffset, damage == BatchDamage.TooLarge ? 50 : 3);
        switch (damage)
        {
            case BatchDamage.CrcFlip:
                batch[^1] ^= 0x01;
                break;
            case BatchDamage.Compressed:
                SetAttributeBits(batch, 5); // codecs end at zstd (4)
                break;
            case BatchDamage.Control:
                SetAttributeBits(batch, RecordBatchLayout.ControlFlag);
                break;
            case BatchDamage.Empty:
                return new RecordBatchBuilder().Build();
            case BatchDamage.Truncated:
                return batch[..^1];
            case BatchDamage.OldMagic:
                batch[RecordBatchLayout.Magic] = 1;
                break;
            case BatchDamage.TrailingByte:
                return [.. batch, 0];
        }

        return batch;
    }

    /// <summary>The reason append validation gives for <paramref name="damage"/>.</summary>
    public static RecordBatchError ReasonFor(BatchDamage damage) => damage switch
    {
        BatchDamage.CrcFlip => RecordBatchError.CrcMismatch,
        BatchDamage.TooLarge => RecordBatchError.TooLarge,
        BatchDamage.Compressed => RecordBatchError.UnsupportedCompression,
        BatchDamage.Empty or BatchDamage.Control => RecordBatchError.NotProducible,
        BatchDamage.Truncated => RecordBatchError.Truncated,
        BatchDamage.OldMagic => RecordBatchError.UnsupportedMagic,
        _ => RecordBatchError.LengthMismatch,
    };

    /// <summary>Overwrites the header's max timestamp and re-stamps the CRC, as a producer with a wrong clock might.</summary>
    public static void SetHeaderMaxTimestamp(byte[] batch, long maxTimestamp)
    {
        BinaryPrimitives.WriteInt64BigEndian(batch.AsSpan(RecordBatchLayout.MaxTimestamp), maxTimestamp);
        RestampCrc(batch);
    }

    /// <summary>Sets <paramref name="bits"/> in the attributes and re-stamps the CRC, so only the attribute check can fail.</summary>
    public static void SetAttributeBits(byte[] batch, short bits)
    {
        var attributes = BinaryPrimitives.ReadInt16BigEndian(batch.AsSpan(RecordBatchLayout.Attributes));
        BinaryPrimitives.WriteInt16BigEndian(batch.AsSpan(RecordBatchLayout.Attributes), (short)(attributes | bits));
        RestampCrc(batch);
    }

    private static void RestampCrc(byte[] batch) =>
        BinaryPrimitives.WriteUInt32BigEndian(batch.AsSpan(RecordBatchLayout.Crc), Crc32C.Compute(batch.AsSpan(RecordBatchLayout.Attributes)));

    private static byte[] Utf8(string? text) => text is null ? [] : Encoding.UTF8.GetBytes(text);
}
