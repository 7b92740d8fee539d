namespace OrleansBroker.Soak.Scenarios.GroupCrash;

/// <summary>How <see cref="GroupCrashScenario"/> runs.</summary>
public sealed record GroupCrashOptions
{
    /// <summary>How many crashes (one per run, each with its own topic and group, all on the same silo).</summary>
    public int Runs { get; init; } = 10;

    /// <summary>Partitions of each run's topic.</summary>
    public int Partitions { get; init; } = 6;

    /// <summary>Records in each run's topic, produced before the consumers start.</summary>
    public int Records { get; init; } = 3_000;

    /// <summary>The consumers commit after processing this many records.</summary>
    public int CommitEvery { get; init; } = 50;

    /// <summary>Time the first consumer spends processing each record, so it is still mid-stream when killed.</summary>
    public int RecordDelayMs { get; init; } = 1;

    /// <summary>Seeds the kill moments: the first consumer is killed after processing between a quarter and a half of the records.</summary>
    public int Seed { get; init; } = 6;

    /// <summary>How long each consumer may take to reach its goal (the kill moment, or the end of every partition).</summary>
    public TimeSpan ConsumeTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
