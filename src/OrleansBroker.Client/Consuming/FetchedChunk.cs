using System.Runtime.ExceptionServices;
using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming;

/// <summary>
/// One fetch of one partition as it arrived (whole batches, records below the fetch offset still in them), or the
/// error that stopped its fetcher. Records are decoded once, just before the consumer needs them (see
/// <see cref="Consumer{TKey, TValue}"/>), so prefetched data is a few large arrays rather than many small objects
/// that the GC would have to promote. Decoding is thread-safe: a second caller waits for the first.
/// </summary>
internal sealed class FetchedChunk<TKey, TValue>(PartitionFetcher<TKey, TValue> fetcher, byte[] batches, long fromOffset, BrokerException? error)
{
    private readonly Lock _decoding = new();
    private List<ConsumeResult<TKey, TValue>>? _records;
    private ExceptionDispatchInfo? _decodeError;

    /// <summary>The fetcher that queued the chunk.</summary>
    public PartitionFetcher<TKey, TValue> Fetcher => fetcher;

    /// <summary>The error that stopped the fetcher, or null for records.</summary>
    public BrokerException? Error => error;

    /// <summary>The partition fetched.</summary>
    public TopicPartition Partition => fetcher.Partition;

    /// <summary>True once a decoding has been started or scheduled; set by the consumer, under its lock.</summary>
    public bool DecodingScheduled { get; set; }

    /// <summary>
    /// The chunk's records at or after the fetch offset, decoded into <paramref name="into"/> (empty) unless an
    /// earlier call decoded them already. When decoding throws (a malformed record, a deserializer's error), the
    /// records before that one are returned and <see cref="ThrowIfDecodeFailed"/> throws the error.
    /// </summary>
    public List<ConsumeResult<TKey, TValue>> Decode(RecordDecoder<TKey, TValue> decoder, List<ConsumeResult<TKey, TValue>> into)
    {
        lock (_decoding)
        {
            if (_records is null)
            {
                _records = into;
                try
                {
                    decoder.Decode(Partition, batches, fromOffset, into);
                }
                catch (Exception e)
                {
                    _decodeError = ExceptionDispatchInfo.Capture(e);
                }
            }

            return _records;
        }
    }

    /// <summary>Throws what decoding threw, if it did; call after <see cref="Decode"/>.</summary>
    public void ThrowIfDecodeFailed()
    {
        lock (_decoding)
        {
            _decodeError?.Throw();
        }
    }
}
