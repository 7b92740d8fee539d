namespace OrleansBroker.Client.Producing;

/// <summary>A finished batch waiting to be sent, and the records it holds in order.</summary>
internal sealed record SealedBatch(byte[] Bytes, RecordCompletion[] Records);
