using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming;

/// <summary>Records decoded from one fetch of one partition, or the error that stopped its fetcher.</summary>
internal sealed record FetchedChunk<TKey, TValue>(PartitionFetcher<TKey, TValue> Fetcher, IReadOnlyList<ConsumeResult<TKey, TValue>> Records, BrokerException? Error)
{
    /// <summary>The partition fetched.</summary>
    public TopicPartition Partition => Fetcher.Partition;
}
