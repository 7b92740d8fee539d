using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// The broker's refusals that may pass by themselves, as Kafka's RetriableException marks them: the partition's
/// storage failing or answering too slowly. A batch refused so may or may not be stored, like one whose answer was lost.
/// </summary>
internal static class RetriableErrors
{
    /// <summary>True when sending the same batch again may succeed.</summary>
    public static bool IsRetriable(BrokerException error) => error.Code is ErrorCode.KafkaStorageError or ErrorCode.RequestTimedOut;
}
