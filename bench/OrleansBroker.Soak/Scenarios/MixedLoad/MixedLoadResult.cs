using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>What the mixed-load soak measured and found.</summary>
/// <param name="Options">How it ran.</param>
/// <param name="LoadTime">How long the producers actually produced (shorter than asked when interrupted).</param>
/// <param name="Samples">One per sample interval while the producers ran.</param>
/// <param name="Audit">The audit of every acknowledged record still retained when the reader reached it.</param>
/// <param name="Acknowledged">Records acknowledged in all, audited or not.</param>
/// <param name="Failed">Records whose production failed.</param>
/// <param name="RemovedBeforeAudit">Acknowledged records retention removed before the reader reached them.</param>
/// <param name="DeletedByRetention">Records retention deleted during the run (the partitions' log start offsets at the end), audited or not.</param>
/// <param name="PlainRead">Records the plain reader read.</param>
/// <param name="GroupConsumed">Records the group consumed, redeliveries included.</param>
/// <param name="GroupRedelivered">Records the group consumed more than once (after rebalances: at-least-once).</param>
/// <param name="GroupMissed">Acknowledged records the group never consumed.</param>
/// <param name="Churns">Members that left and were replaced.</param>
/// <param name="Assignments">Assignments handed to members (one per member per completed rebalance).</param>
public sealed record MixedLoadResult(
    MixedLoadOptions Options,
    TimeSpan LoadTime,
    IReadOnlyList<LoadSample> Samples,
    AuditResult Audit,
    long Acknowledged,
    long Failed,
    long RemovedBeforeAudit,
    long DeletedByRetention,
    long PlainRead,
    long GroupConsumed,
    long GroupRedelivered,
    long GroupMissed,
    int Churns,
    long Assignments)
{
    /// <summary>Memory is flat when the end's RSS is at most this many times the RSS after warm-up.</summary>
    public const double FlatTolerance = 1.2;

    /// <summary>The silo's RSS at the first sample at or after the warm-up (the last sample in a run shorter than that).</summary>
    public long WarmUpRssBytes => (Samples.FirstOrDefault(sample => sample.Elapsed >= Options.WarmUp) ?? Samples[^1]).SiloRssBytes;

    /// <summary>The silo's RSS at the last sample.</summary>
    public long EndRssBytes => Samples[^1].SiloRssBytes;

    /// <summary>The silo's largest RSS sampled.</summary>
    public long MaxRssBytes => Samples.Max(sample => sample.SiloRssBytes);

    /// <summary>End RSS ≤ warm-up RSS × <see cref="FlatTolerance"/>.</summary>
    public bool MemoryFlat => EndRssBytes <= WarmUpRssBytes * FlatTolerance;

    /// <summary>Every audited record found once, in order, where acknowledged; and the group consumed every acknowledged record.</summary>
    public bool IsClean => Audit.IsClean && GroupMissed == 0;
}
