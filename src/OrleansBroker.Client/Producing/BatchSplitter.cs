using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Splits a built batch in two, as Kafka's producer does when the broker answers MessageTooLarge for a batch of
/// several records: each half is rebuilt with the same records (timestamps, keys, values, headers), in order.
/// </summary>
internal static class BatchSplitter
{
    /// <summary>The records before <paramref name="at"/> and those from it, as two batches.</summary>
    public static (byte[] First, byte[] Second) Split(byte[] batch, int at)
    {
        var first = new RecordBatchBuilder(batch.Length);
        var second = new RecordBatchBuilder(batch.Length);
        var index = 0;
        foreach (var view in new RecordBatchReader(batch))
        {
            foreach (var record in view.Records)
            {
                var builder = index++ < at ? first : second;
                builder.Add(record.Timestamp, record.Key, record.HasKey, record.Value, record.HasValue, record.Headers.Count == 0 ? null : HeaderCopies.Of(record.Headers));
            }
        }

        return (first.Build(), second.Build());
    }
}
