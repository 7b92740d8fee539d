namespace OrleansBroker.Storage;

/// <summary>What the log assigned to an appended batch.</summary>
/// <param name="FirstOffset">Offset of the batch's first record (its base offset).</param>
/// <param name="LastOffset">Offset of the batch's last record.</param>
/// <param name="LogAppendTime">The broker's time for the batch (ms since the Unix epoch) under log-append time; -1 under create time.</param>
/// <param name="MaxTimestamp">The batch's max timestamp as stored.</param>
public readonly record struct AppendInfo(long FirstOffset, long LastOffset, long LogAppendTime, long MaxTimestamp)
{
    /// <summary>Number of records the batch holds.</summary>
    public long RecordCount => LastOffset - FirstOffset + 1;
}
