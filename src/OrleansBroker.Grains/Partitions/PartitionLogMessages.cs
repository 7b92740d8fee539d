using Microsoft.Extensions.Logging;

namespace OrleansBroker.Grains.Partitions;

/// <summary>The partition grain's log messages.</summary>
internal static partial class PartitionLogMessages
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Partition {Partition}: its log's tail could not be read to rebuild its idempotent producers ({Problem}); they start unknown, so their next batches are accepted whatever their sequence.")]
    public static partial void ProducersNotRebuilt(ILogger logger, string partition, string problem);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Partition {Partition}: writing to its log failed ({Problem}); this activation stops, and the next reopens the log from storage.")]
    public static partial void WriteFailed(ILogger logger, string partition, string problem);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Partition {Partition}: its log could not be opened ({Problem}); each call tries again.")]
    public static partial void OpenFailed(ILogger logger, string partition, string problem);
}
