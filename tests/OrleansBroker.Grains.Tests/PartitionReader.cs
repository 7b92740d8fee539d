using System.Text;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Records;

namespace OrleansBroker.Grains.Tests;

/// <summary>Reads a partition grain's records back, as a consumer would.</summary>
public static class PartitionReader
{
    /// <summary>The records in fetched <paramref name="batches"/> at or after <paramref name="fromOffset"/>.</summary>
    public static List<StoredRecord> Decode(byte[] batches, long fromOffset = 0)
    {
        var records = new List<StoredRecord>();
        foreach (var batch in new RecordBatchReader(batches))
        {
            foreach (var record in batch.Records)
            {
                if (record.Offset >= fromOffset)
                {
                    records.Add(new StoredRecord(record.Offset, record.Timestamp, record.HasValue ? Encoding.UTF8.GetString(record.Value) : null));
                }
            }
        }

        return records;
    }

    /// <summary>Every record from the log start to the high watermark.</summary>
    public static async Task<List<StoredRecord>> ReadAllAsync(IPartitionGrain partition)
    {
        var state = await partition.GetStateAsync();
        var records = new List<StoredRecord>();
        for (var next = state.LogStartOffset; next < state.HighWatermark; next = records[^1].Offset + 1)
        {
            var response = await partition.FetchAsync(next, 1024 * 1024, TimeSpan.Zero);
            records.AddRange(Decode(response.Records, next));
        }

        return records;
    }

    /// <summary>The values of every record, in offset order.</summary>
    public static async Task<List<string?>> ReadValuesAsync(IPartitionGrain partition) =>
        [.. (await ReadAllAsync(partition)).Select(record => record.Value)];
}
