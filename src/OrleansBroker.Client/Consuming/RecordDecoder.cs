using OrleansBroker.Abstractions;
using OrleansBroker.Client.Internal;
using OrleansBroker.Client.Serialization;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming;

/// <summary>Turns fetched batches into consume results, skipping records below the position asked for.</summary>
internal sealed class RecordDecoder<TKey, TValue>(IDeserializer<TKey> keyDeserializer, IDeserializer<TValue> valueDeserializer)
{
    /// <summary>
    /// Decodes the records at or after <paramref name="fromOffset"/>, at most <paramref name="maxRecords"/> of them;
    /// returns the offset after the last batch, or after the last record decoded when the limit cut a batch short.
    /// </summary>
    public long Decode(TopicPartition partition, ReadOnlySpan<byte> batches, long fromOffset, List<ConsumeResult<TKey, TValue>> results, int maxRecords = int.MaxValue)
    {
        var next = fromOffset;
        var decoded = 0;
        foreach (var batch in new RecordBatchReader(batches))
        {
            foreach (var record in batch.Records)
            {
                if (record.Offset < fromOffset)
                {
                    continue;
                }

                if (decoded == maxRecords)
                {
                    return next;
                }

                results.Add(ToResult(partition, record));
                decoded++;
                next = record.Offset + 1;
            }

            next = Math.Max(next, batch.Header.NextOffset);
        }

        return next;
    }

    /// <summary>
    /// Where reading goes on after <paramref name="batches"/> when it began at <paramref name="fromOffset"/>: what
    /// <see cref="Decode"/> returns without a record limit, found from the batch headers alone.
    /// </summary>
    public static long NextOffset(ReadOnlySpan<byte> batches, long fromOffset)
    {
        var next = fromOffset;
        foreach (var batch in new RecordBatchReader(batches))
        {
            next = Math.Max(next, batch.Header.NextOffset);
        }

        return next;
    }

    private ConsumeResult<TKey, TValue> ToResult(TopicPartition partition, Record record) => new()
    {
        Topic = partition.Topic,
        Partition = partition.Partition,
        Offset = record.Offset,
        Message = new Message<TKey, TValue>
        {
            Key = keyDeserializer.Deserialize(record.Key, !record.HasKey),
            Value = valueDeserializer.Deserialize(record.Value, !record.HasValue),
            Timestamp = record.Timestamp,
            Headers = record.Headers.Count == 0 ? [] : HeaderCopies.Of(record.Headers),
        },
    };
}
