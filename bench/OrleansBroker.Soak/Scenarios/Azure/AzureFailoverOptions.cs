namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>How <see cref="AzureFailoverScenario"/> runs: how often, and under what load.</summary>
public sealed record AzureFailoverOptions
{
    /// <summary>Kills, one per run, each on a new topic; the killed silo is started again between runs.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Partitions of each run's topic.</summary>
    public int Partitions { get; init; } = 6;

    /// <summary>Producers sending at the same time.</summary>
    public int Producers { get; init; } = 3;

    /// <summary>Records each producer sends a second.</summary>
    public int RecordsPerSecond { get; init; } = 500;

    /// <summary>Bytes of each record's value.</summary>
    public int ValueBytes { get; init; } = 100;

    /// <summary>Members of the consumer group reading the topic meanwhile.</summary>
    public int Consumers { get; init; } = 2;

    /// <summary>Produce and consume before the kill.</summary>
    public TimeSpan BeforeKill { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Produce and consume after every partition has recovered.</summary>
    public TimeSpan AfterRecovery { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long partitions may take to recover before the run counts them as not recovered.</summary>
    public TimeSpan RecoveryTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the group may take, once producers stop, to have been given every acknowledged record.</summary>
    public TimeSpan CatchUpTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
