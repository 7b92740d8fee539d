using System.Buffers.Binary;

namespace OrleansBroker.Records;

/// <summary>
/// Checks that a buffer holds exactly one well-formed, uncompressed RecordBatch v2: header, length, CRC,
/// and every record. Throws <see cref="InvalidRecordBatchException"/> naming the first problem found;
/// reads only, so a rejected batch leaves nothing behind.
/// </summary>
public static class RecordBatchValidator
{
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

        if (header.Compression != CompressionType.None)
        {
            throw Fail(RecordBatchError.UnsupportedCompression, $"Record batch is compressed with {header.Compression}; only uncompressed batches are supported.");
        }

        var maxTimestamp = ValidateRecords(batch[RecordBatchLayout.HeaderSize..], header);
        return new ValidatedBatch(header, maxTimestamp);
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
