namespace OrleansBroker.Storage;

/// <summary>
/// Whole batches read from the log, as stored (RecordBatch v2, base offsets filled in), and the log's
/// bounds at the time of the read. <see cref="Records"/> is empty when the read started at the log end.
/// </summary>
/// <param name="Records">Batches laid end to end; the first contains the requested offset.</param>
/// <param name="HighWatermark">Offset after the last acknowledged record.</param>
/// <param name="LogStartOffset">The first offset still readable.</param>
public readonly record struct FetchResult(ReadOnlyMemory<byte> Records, long HighWatermark, long LogStartOffset);
