using System.Globalization;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.GroupCrash;

/// <summary>One crash of <see cref="GroupCrashScenario"/>.</summary>
/// <param name="Run">The run's number, from 1.</param>
/// <param name="Records">Records in the topic (all acknowledged).</param>
/// <param name="ConsumedByA">Records the killed consumer processed.</param>
/// <param name="Committed">Records below the group's committed offsets when A died.</param>
/// <param name="ConsumedByB">Records the consumer that took over processed.</param>
/// <param name="Covered">Records processed by A or B.</param>
/// <param name="ReadAgain">Records A processed after its last commit that B processed again (at-least-once allows these).</param>
/// <param name="ReadAgainBeforeCommit">Records B processed again although A had committed them (never allowed).</param>
/// <param name="TakeOver">From the kill to B's first record.</param>
/// <param name="Problems">What went wrong, described: a partition B did not start at the committed offset, a consumer that never got there.</param>
public sealed record GroupCrashRun(
    int Run, long Records, long ConsumedByA, long Committed, long ConsumedByB, long Covered, long ReadAgain, long ReadAgainBeforeCommit, TimeSpan TakeOver, IReadOnlyList<string> Problems) : IFaultRun
{
    /// <summary>Records neither consumer processed.</summary>
    public long Skipped => Records - Covered;

    /// <summary>True when A was killed mid-stream and B resumed every partition exactly at the commit, skipping nothing.</summary>
    public bool IsClean => Skipped == 0 && ReadAgainBeforeCommit == 0 && Problems.Count == 0;

    /// <summary>
    /// Records, records processed by A or B, records skipped, and as duplicated the records read again although
    /// committed (rereading what was processed after the last commit is at-least-once delivery, reported by
    /// <see cref="ToString"/> instead).
    /// </summary>
    public ReliabilityCounts Counts => new(Records, Covered, Skipped, ReadAgainBeforeCommit);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"run {Run}: {Records:N0} records; A processed {ConsumedByA:N0}, committed {Committed:N0}, killed; B took over in {TakeOver.TotalMilliseconds:N0} ms and processed {ConsumedByB:N0}; "
        + $"skipped {Skipped:N0}; read again after the last commit {ReadAgain:N0}, before it {ReadAgainBeforeCommit:N0}")
        + (Problems.Count == 0 ? string.Empty : "; " + string.Join("; ", Problems));
}
