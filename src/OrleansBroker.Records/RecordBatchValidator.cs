using System.Buffers.Binary;

namespace OrleansBroker.Records;

/// <summary>
/// Checks that a buffer holds exactly one well-formed RecordBatch v2: header, length, CRC, and every record
/// (decompressed first when the batch is compressed). Throws <see cref="InvalidRecordBatchException"/> naming the
/// first problem found; reads only, so a rejected batch leaves nothing behind and an accepted one is stored as sent.
/// </summary>
public static class RecordBatchValidator
{
    /// <summary>
    /// The most bytes the records of one compressed batch may decompress to (64 MiB). Kafka's broker streams records
    /// out of a compressed batch; ours decompresses a batch whole, so this fixed bound keeps a small hostile batch (a
    /// decompression bomb) from taking a silo's memory. It is fixed rather than a multiple of max.message.bytes because
    /// stored batches are re-read (recovery, consumers) without the topic's settings; it leaves room for 64 times the
    /// default max.message.bytes of 1 MiB, far beyond what real record data compresses by.
    /// </summary>
    public const int MaxDecompressedRecordsBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Validates <paramref name="batch"/> as one complete batch of at most <paramref name="maxBatchBytes"/> bytes
    /// and returns its header and the largest record timestamp.
    /// </summary>
    public static ValidatedBatch Validate(ReadOnlySpan<byte> batch, int maxBatchBytes)
    {
        var header = ReadHeader(batch);
        if (header.SizeInBytes != batch.Length)
        {
            throw Fail(
                header.SizeInBytes > batch.Length ? RecordBatchError.Truncated : RecordBatchError.LengthMismatch,
                $"Record batch length field says {header.SizeInBytes} bytes but the buffer holds {batch.Length}.");
        }

        if (batch.Length > maxBatchBytes)
        {
            throw Fail(RecordBatchError.TooLarge, $"Record batch of {batch.Length} bytes exceeds the limit of {maxBatchBytes} bytes (max.message.bytes).");
        }

        var actualCrc = Crc32C.Compute(batch[RecordBatchLayout.Attributes..]);
        if (actualCrc != header.Crc)
        {
            throw Fail(RecordBatchError.CrcMismatch, $"Record batch CRC mismatch: stored 0x{header.Crc:X8}, computed 0x{actualCrc:X8}.");
        }

        var records = batch[RecordBatchLayout.HeaderSize..];
        if (header.Compression == CompressionType.None)
        {
            return new ValidatedBatch(header, ValidateRecords(records, header));
        }

        using var decompressed = RecordDecompressor.Decompress(header.Compression, records);
        return new ValidatedBatch(header, ValidateRecords(decompressed.Span, header));
    }

    /// <summary>
    /// Rejects batches that a client may not produce: control batches, empty batches, and batches with a producer id
    /// but no epoch or sequence (Kafka's "invalid sequence number").
    /// Call after <see cref="Validate"/> on the produce path.
    /// </summary>
    public static void EnsureProducible(in RecordBatchHeader header)
    {
        if (header.IsControl)
        {
            throw Fail(RecordBatchError.NotProducible, "Control batches cannot be produced by clients.");
        }

        if (header.RecordCount == 0)
        {
            throw Fail(RecordBatchError.NotProducible, "Record batch contains no records.");
        }

        if (header.HasProducerId && (header.ProducerEpoch < 0 || header.BaseSequence < 0))
        {
            throw Fail(
                RecordBatchError.NotProducible,
                $"Record batch of producer id {header.ProducerId} has epoch {header.ProducerEpoch} and base sequence {header.BaseSequence}; an idempotent batch needs both at least 0.");
        }
    }

    /// <summary>Reads the header after checking the buffer is long enough and the magic is 2.</summary>
    public static RecordBatchHeader ReadHeader(ReadOnlySpan<byte> batch)
    {
        if (batch.Length < RecordBatchLayout.HeaderSize)
        {
            throw Fail(RecordBatchError.Truncated, $"Record batch is truncated: {batch.Length} bytes is less than the {RecordBatchLayout.HeaderSize}-byte header.");
        }

        if (batch[RecordBatchLayout.Magic] != RecordBatchLayout.CurrentMagic)
        {
            throw Fail(RecordBatchError.UnsupportedMagic, $"Record batch has magic {batch[RecordBatchLayout.Magic]}; only magic 2 (RecordBatch v2) is supported.");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(batch[RecordBatchLayout.BatchLength..]);
        if (length < RecordBatchLayout.HeaderSize - RecordBatchLayout.LogOverhead)
        {
            throw Fail(RecordBatchError.LengthMismatch, $"Record batch length field {length} is smaller than the header.");
        }

        // Past this the batch size (length + 12) overflows an int and would turn negative.
        if (length > int.MaxValue - RecordBatchLayout.LogOverhead)
        {
            throw Fail(RecordBatchError.LengthMismatch, $"Record batch length field {length} is too large for a batch.");
        }

        return RecordBatchHeader.Read(batch);
    }

    private static long ValidateRecords(ReadOnlySpan<byte> records, in RecordBatchHeader header)
    {
        if (header.RecordCount < 0)
        {
            throw Fail(RecordBatchError.RecordCountMismatch, $"Record batch header has a negative record count {header.RecordCount}.");
        }

        var maxTimestamp = header.RecordCount == 0 ? header.MaxTimestamp : long.MinValue;
        for (var i = 0; i < header.RecordCount; i++)
        {
            if (records.IsEmpty)
            {
                throw Fail(RecordBatchError.RecordCountMismatch, $"Record batch header says {header.RecordCount} records but the batch holds {i}.");
            }

            var status = RecordParser.TryReadRecord(records, 0, header.BaseTimestamp, null, out var record, out var offsetDelta, out var consumed, out var problem);
            if (status != RecordParser.Status.Ok)
            {
                var reason = status == RecordParser.Status.Truncated ? RecordBatchError.Truncated : RecordBatchError.CorruptRecord;
                throw Fail(reason, $"Record {i} of the batch is invalid: {problem}.");
            }

            if (offsetDelta != i)
            {
                throw Fail(RecordBatchError.CorruptRecord, $"Record {i} of the batch has offset delta {offsetDelta}; offset deltas must run 0, 1, 2, ...");
            }

            maxTimestamp = Math.Max(maxTimestamp, record.Timestamp);
            records = records[consumed..];
        }

        if (!records.IsEmpty)
        {
            throw Fail(RecordBatchError.RecordCountMismatch, $"Record batch header says {header.RecordCount} records but {records.Length} bytes follow the last of them.");
        }

        if (header.LastOffsetDelta != header.RecordCount - 1 && header.RecordCount > 0)
        {
            throw Fail(RecordBatchError.LastOffsetDeltaMismatch, $"Record batch last offset delta is {header.LastOffsetDelta} but it holds {header.RecordCount} records (expected {header.RecordCount - 1}).");
        }

        return maxTimestamp;
    }

    private static InvalidRecordBatchException Fail(RecordBatchError reason, string message) => new(reason, message);
}
