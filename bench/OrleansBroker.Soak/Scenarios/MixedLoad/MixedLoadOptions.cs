namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// How the mixed-load soak runs: producers at a fixed aggregate rate over several topics, a plain reader auditing as
/// it goes, and a churning consumer group. Retention is on (small segments, a byte limit per partition) so a long run
/// does not fill the disk; records it removes before the reader audits them are counted, not audited.
/// </summary>
public sealed record MixedLoadOptions
{
    /// <summary>How long the producers produce.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Records per second over all producers; 0 sends flat out (to measure the mix's peak).</summary>
    public double RecordsPerSecond { get; init; }

    /// <summary>SDK producers, sharing the rate equally.</summary>
    public int Producers { get; init; } = 4;

    /// <summary>Topics produced to, round-robin per record.</summary>
    public int Topics { get; init; } = 3;

    /// <summary>Partitions of each topic.</summary>
    public int PartitionsPerTopic { get; init; } = 4;

    /// <summary>Bytes of each record's value (its <see cref="Verification.RecordId"/> padded).</summary>
    public int ValueBytes { get; init; } = 100;

    /// <summary>Members of the consumer group at any time.</summary>
    public int GroupSize { get; init; } = 3;

    /// <summary>Every this often one member leaves and a new one joins.</summary>
    public TimeSpan ChurnInterval { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How often rates, lag and the silo's memory are sampled.</summary>
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The sample whose RSS the end is compared with is the first at or after this.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>segment.bytes of each topic.</summary>
    public long SegmentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// retention.bytes of each topic (per partition): with 16 MiB segments the log stays under 12 x 80 MiB whatever the
    /// rate, and at the default rate retention starts deleting after about 3 minutes, so the soak runs with it.
    /// </summary>
    public long RetentionBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The silo's log.retention.check.interval.ms.</summary>
    public TimeSpan RetentionCheckInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long, after the producers stop, the reader and the group get to reach the log ends.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
