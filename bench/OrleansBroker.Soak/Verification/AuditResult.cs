namespace OrleansBroker.Soak.Verification;

/// <summary>What reading a topic back found, measured against an <see cref="AckLedger"/>.</summary>
/// <param name="Acknowledged">Records the broker acknowledged.</param>
/// <param name="Found">Acknowledged records found at the partition and offset their acknowledgement named.</param>
/// <param name="Lost">Acknowledged records not in the log at all.</param>
/// <param name="Misplaced">Acknowledged records in the log, but not where their acknowledgement said.</param>
/// <param name="Duplicated">Extra copies of any record (acknowledged or not) beyond its first.</param>
/// <param name="OutOfOrder">Records stored before an earlier record of the same producer in the same partition.</param>
/// <param name="Stored">Records in the log, copies included.</param>
/// <param name="Problems">The first few problems, described, for a failure message.</param>
public sealed record AuditResult(long Acknowledged, long Found, long Lost, long Misplaced, long Duplicated, long OutOfOrder, long Stored, IReadOnlyList<string> Problems)
{
    /// <summary>True when every acknowledged record is stored once, where it was acknowledged, in each producer's order, and nothing is stored twice.</summary>
    public bool IsClean => Found == Acknowledged && Lost == 0 && Misplaced == 0 && Duplicated == 0 && OutOfOrder == 0;

    /// <summary>This audit's numbers for the Reliability row.</summary>
    public ReliabilityCounts Counts => new(Acknowledged, Found, Lost, Duplicated);

    /// <inheritdoc />
    public override string ToString() =>
        $"acknowledged {Acknowledged:N0}, found {Found:N0}, lost {Lost:N0}, misplaced {Misplaced:N0}, duplicated {Duplicated:N0}, out of order {OutOfOrder:N0}, stored {Stored:N0}"
        + (Problems.Count == 0 ? string.Empty : $"; {string.Join("; ", Problems)}");
}
