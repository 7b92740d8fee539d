using OrleansBroker.Abstractions;
using OrleansBroker.Client.Internal;
using OrleansBroker.Client.Serialization;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming;

/// <summary>Turns fetched batches into consume results, skipping records below the position asked for.</summary>
internal sealed class RecordDecoder<TKey, TValue>(IDeserializer<TKey> keyDeserializer, IDeserializer<TValue> valueDeserializer)
{
    /// <summary>Decodes the records at or after <paramref name="fromOffset"/>; returns the offset after the last batch.</summary>
    public long Decode(TopicPartition partition, ReadOnlySpan<byte> batches, long fromOffset, List<ConsumeResult<TKey, TValue>> results)
    {
        var next = fromOffset;
        foreach (var batch in new RecordBatchReader(batches))
        {
            foreach (var record in batch.Records)
            {
                if (record.Offset >= fromOffset)
                {
                    results.Add(ToResult(partition, record));
                }
            }

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
