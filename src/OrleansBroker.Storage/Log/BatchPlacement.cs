namespace OrleansBroker.Storage.Log;

/// <summary>What a segment needs to know of a batch it has written: where it lies and what it holds.</summary>
/// <param name="BaseOffset">Offset of the batch's first record.</param>
/// <param name="LastOffset">Offset of the batch's last record.</param>
/// <param name="MaxTimestamp">The batch's max timestamp.</param>
/// <param name="Size">Bytes of the batch.</param>
internal readonly record struct BatchPlacement(long BaseOffset, long LastOffset, long MaxTimestamp, int Size);
