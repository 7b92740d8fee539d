using Microsoft.Extensions.Logging;

namespace OrleansBroker.Storage;

/// <summary>The storage layer's log messages.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Segment {Path}: indexes missing or corrupt; rebuilding them by scanning the segment.")]
    public static partial void RebuildingIndexes(ILogger logger, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Segment {Path}: truncated at byte {ValidEnd}, dropping {DroppedBytes} bytes after {Problem}; offsets below {NextOffset} are kept.")]
    public static partial void TruncatedTornTail(ILogger logger, string path, long validEnd, long droppedBytes, string problem, long nextOffset);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Partition log {Directory}: deleted segment {BaseOffset} ({Reason}); log start offset is now {LogStartOffset}.")]
    public static partial void DeletedSegment(ILogger logger, string directory, long baseOffset, string reason, long logStartOffset);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Partition log {Directory}: removed orphan file {Path}.")]
    public static partial void RemovedOrphan(ILogger logger, string directory, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Segment {Path} is sealed but damaged: {Problem}. Its intact batches end at byte {ValidEnd} and offset {ValidEndOffset} (the next segment starts at offset {NextSegmentOffset}); it is kept as it is, nothing truncated, and reads that reach the damage fail with KAFKA_STORAGE_ERROR.")]
    public static partial void CorruptSealedSegment(ILogger logger, string path, string problem, long validEnd, long validEndOffset, long nextSegmentOffset);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Partition {Partition}: {Problem}. Reads that reach it fail with KAFKA_STORAGE_ERROR; the batches before it and the other segments stay readable.")]
    public static partial void CorruptSegment(ILogger logger, string partition, string problem);
}
