using Microsoft.Extensions.Logging;

namespace OrleansBroker.Storage;

/// <summary>The storage layer's log messages.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Segment {Path}: indexes missing or corrupt; rebuilding them by scanning the segment.")]
    public static partial void RebuildingIndexes(ILogger logger, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Segment {Path}: truncated at byte {ValidEnd}, dropping {DroppedBytes} bytes after {Problem}.")]
    public static partial void TruncatedTornTail(ILogger logger, string path, long validEnd, long droppedBytes, string problem);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Partition log {Directory}: deleted segment {BaseOffset} ({Reason}); log start offset is now {LogStartOffset}.")]
    public static partial void DeletedSegment(ILogger logger, string directory, long baseOffset, string reason, long logStartOffset);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Partition log {Directory}: removed orphan file {Path}.")]
    public static partial void RemovedOrphan(ILogger logger, string directory, string path);
}
