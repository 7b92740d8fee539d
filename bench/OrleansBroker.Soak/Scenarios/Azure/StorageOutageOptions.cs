namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>How <see cref="StorageOutageScenario"/> runs.</summary>
public sealed record StorageOutageOptions
{
    /// <summary>Outages, one per run, each on a new topic.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Partitions of each run's topic.</summary>
    public int Partitions { get; init; } = 3;

    /// <summary>Producers sending at the same time.</summary>
    public int Producers { get; init; } = 2;

    /// <summary>Records each producer sends a second.</summary>
    public int RecordsPerSecond { get; init; } = 500;

    /// <summary>Bytes of each record's value.</summary>
    public int ValueBytes { get; init; } = 100;

    /// <summary>Produce before storage goes away.</summary>
    public TimeSpan BeforeOutage { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long storage stays away.</summary>
    public TimeSpan Outage { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long produce may take, once storage is back, to be acknowledged again on every partition.</summary>
    public TimeSpan ResumeTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Produce after every partition has resumed.</summary>
    public TimeSpan AfterResume { get; init; } = TimeSpan.FromSeconds(2);
}
