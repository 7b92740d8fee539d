namespace OrleansBroker.Client.Producing;

/// <summary>A finished batch waiting to be sent, the records it holds in order, and when they time out (delivery.timeout.ms).</summary>
/// <param name="Bytes">The batch as sent.</param>
/// <param name="Records">Its records, in order.</param>
/// <param name="Deadline">The <see cref="System.Diagnostics.Stopwatch"/> timestamp at which its first record has waited delivery.timeout.ms.</param>
internal sealed record SealedBatch(byte[] Bytes, RecordCompletion[] Records, long Deadline)
{
    /// <summary>True once its records have failed for taking too long (they are told nothing more), though it may still be in flight.</summary>
    public bool Expired { get; set; }
}
