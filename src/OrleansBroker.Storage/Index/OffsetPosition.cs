namespace OrleansBroker.Storage.Index;

/// <summary>An offset-index entry: a batch's base offset and its byte position in the segment file.</summary>
/// <param name="Offset">The batch's base offset.</param>
/// <param name="Position">Where the batch starts in the .log file.</param>
internal readonly record struct OffsetPosition(long Offset, int Position);
