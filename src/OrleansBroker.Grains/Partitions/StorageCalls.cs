using OrleansBroker.Abstractions;
using OrleansBroker.Records;

namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// Runs a partition's log work on the thread pool and reports storage that cannot be reached (an I/O error, or the
/// Azure SDK giving up after its retries) as KAFKA_STORAGE_ERROR, which producers retry, rather than as an unexpected
/// error. A closed log (the topic deleted, the activation deactivating) is UNKNOWN_TOPIC_OR_PARTITION, which clients
/// answer by refreshing metadata. The log's own refusals pass unchanged.
/// </summary>
internal static class StorageCalls
{
    /// <summary>Runs <paramref name="work"/> off the grain's thread; <paramref name="action"/> (e.g. "Writing to") begins the error message.</summary>
    public static async Task<T> RunAsync<T>(TopicPartition partition, string action, Func<T> work)
    {
        try
        {
            return await Task.Run(work);
        }
        catch (ObjectDisposedException)
        {
            throw UnknownPartition(partition);
        }
        catch (Exception e) when (e is not BrokerException)
        {
            throw new BrokerException(ErrorCode.KafkaStorageError, $"{action} partition {partition} failed: {e.GetBaseException().Message}", e);
        }
    }

    /// <summary>The error for a partition this activation does not (or no longer) serve.</summary>
    public static BrokerException UnknownPartition(TopicPartition partition) =>
        new(ErrorCode.UnknownTopicOrPartition, $"This server does not host this topic-partition: {partition}.");
}
