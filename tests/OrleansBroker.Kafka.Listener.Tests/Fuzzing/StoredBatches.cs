using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Listener.Tests.Fuzzing;

/// <summary>
/// Reads a partition's whole log through its grain and checks that it holds only valid record batches (length, CRC,
/// every record) with offsets following on from one another: what hostile produce requests must never break.
/// </summary>
public static class StoredBatches
{
    /// <summary>Checks every batch of <paramref name="partition"/>; returns how many records it holds.</summary>
    public static async Task<long> AssertValidAsync(IPartitionGrain partition)
    {
        var state = await partition.GetStateAsync();
        var offset = state.LogStartOffset;
        long records = 0;
        while (offset < state.HighWatermark)
        {
            var fetched = await partition.FetchAsync(offset, 1024 * 1024, TimeSpan.Zero);
            Assert.True(fetched.Records.Length > 0, $"Fetching offset {offset} below the high watermark {state.HighWatermark} returned nothing.");
            var (next, count) = CheckBatches(fetched.Records, offset);
            Assert.True(next > offset, $"The batches fetched at offset {offset} hold no whole batch.");
            offset = next;
            records += count;
        }

        Assert.Equal(state.HighWatermark, offset);
        return records;
    }

    /// <summary>Validates the whole batches of <paramref name="bytes"/>; returns the offset after the last and the records from <paramref name="from"/> on.</summary>
    private static (long NextOffset, long Records) CheckBatches(byte[] bytes, long from)
    {
        var next = from;
        long records = 0;
        foreach (var batch in new RecordBatchReader(bytes))
        {
            RecordBatchValidator.Validate(batch.Bytes, int.MaxValue);
            Assert.True(batch.Header.BaseOffset <= next && batch.Header.NextOffset > next, $"Batch {batch.Header.BaseOffset}-{batch.Header.LastOffset} does not continue the log at {next}.");
            records += batch.Header.NextOffset - next;
            next = batch.Header.NextOffset;
        }

        return (next, records);
    }
}
