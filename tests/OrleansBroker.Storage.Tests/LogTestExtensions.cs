using System.Text;
using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>Test helpers on a log: append numbered test records, and read a log (or one fetch) back as checked, plain values.</summary>
internal static class LogTestExtensions
{
    /// <summary>Appends a batch of <see cref="TestBatches.Records"/> numbered from the log end offset.</summary>
    public static AppendInfo AppendRecords(this PartitionLog log, int count, long timestamp = TestBatches.StartTime) =>
        log.Append(TestBatches.Build(log.LogEndOffset, count, timestamp));

    /// <summary>
    /// Appends <paramref name="batchCount"/> batches of <paramref name="recordsPerBatch"/> records and returns them as
    /// stored: the log stamps base offsets into the arrays, so they equal the bytes a read returns.
    /// </summary>
    public static List<byte[]> AppendBatches(this PartitionLog log, int batchCount, int recordsPerBatch, long timestamp = TestBatches.StartTime)
    {
        var batches = new List<byte[]>();
        for (var i = 0; i < batchCount; i++)
        {
            var batch = TestBatches.Build(log.LogEndOffset, recordsPerBatch, timestamp);
            log.Append(batch);
            batches.Add(batch);
        }

        return batches;
    }

    /// <summary>
    /// Every record from <paramref name="from"/> (default: the log start offset) to the high watermark, read with
    /// fetches of <paramref name="maxBytes"/>.
    /// </summary>
    public static List<StoredRecord> ReadAllRecords(this PartitionLog log, int maxBytes = int.MaxValue, long? from = null)
    {
        var start = from ?? log.LogStartOffset;
        var next = start;
        var records = new List<StoredRecord>();
        while (next < log.HighWatermark)
        {
            var fetched = Records(log.Read(next, maxBytes).Records);
            Assert.NotEmpty(fetched);
            records.AddRange(fetched.Where(record => record.Offset >= start));
            next = fetched[^1].Offset + 1;
        }

        return records;
    }

    /// <summary>Asserts that reading at <paramref name="offset"/> fails with <see cref="ErrorCode.OffsetOutOfRange"/>.</summary>
    public static void AssertReadOutOfRange(this PartitionLog log, long offset) =>
        Assert.Equal(ErrorCode.OffsetOutOfRange, Assert.Throws<BrokerException>(() => log.Read(offset, int.MaxValue)).Code);

    /// <summary>
    /// The headers of the batches in a fetch, after checking that it holds only whole batches and that each one passes
    /// <see cref="RecordBatchValidator.Validate"/> (CRC, lengths, every record).
    /// </summary>
    public static List<RecordBatchHeader> Batches(ReadOnlyMemory<byte> records)
    {
        var headers = new List<RecordBatchHeader>();
        var consumed = 0;
        foreach (var batch in new RecordBatchReader(records.Span))
        {
            headers.Add(RecordBatchValidator.Validate(batch.Bytes, int.MaxValue).Header);
            consumed += batch.Bytes.Length;
        }

        Assert.Equal(records.Length, consumed);
        return headers;
    }

    /// <summary>The records in a fetch, after the checks of <see cref="Batches"/>.</summary>
    public static List<StoredRecord> Records(ReadOnlyMemory<byte> records)
    {
        Batches(records);
        var result = new List<StoredRecord>();
        foreach (var batch in new RecordBatchReader(records.Span))
        {
            foreach (var record in batch.Records)
            {
                result.Add(new StoredRecord(
                    record.Offset,
                    record.HasKey ? Encoding.UTF8.GetString(record.Key) : null,
                    record.HasValue ? Encoding.UTF8.GetString(record.Value) : null,
                    record.Timestamp));
            }
        }

        return result;
    }
}
