namespace OrleansBroker.Records;

/// <summary>What validation learned about a batch.</summary>
/// <param name="Header">The batch header as read.</param>
/// <param name="LargestRecordTimestamp">The largest create-time timestamp among the records.</param>
public readonly record struct ValidatedBatch(RecordBatchHeader Header, long LargestRecordTimestamp);
