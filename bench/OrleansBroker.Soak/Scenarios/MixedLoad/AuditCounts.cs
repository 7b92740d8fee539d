namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>What a <see cref="PartitionAudit"/> counted; summed over partitions for the scenario's result.</summary>
internal record struct AuditCounts(
    long Acknowledged, long Found, long Lost, long Misplaced, long Duplicated, long OutOfOrder, long Stored, long RemovedBeforeAudit, long StoredUnacknowledged)
{
    public static AuditCounts operator +(AuditCounts a, AuditCounts b) => new(
        a.Acknowledged + b.Acknowledged,
        a.Found + b.Found,
        a.Lost + b.Lost,
        a.Misplaced + b.Misplaced,
        a.Duplicated + b.Duplicated,
        a.OutOfOrder + b.OutOfOrder,
        a.Stored + b.Stored,
        a.RemovedBeforeAudit + b.RemovedBeforeAudit,
        a.StoredUnacknowledged + b.StoredUnacknowledged);
}
