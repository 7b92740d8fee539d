namespace OrleansBroker.Soak.Scenarios.KillSilo;

/// <summary>
/// How <see cref="KillSiloScenario"/> runs. The kill moment is a number of acknowledged records, drawn per run from
/// <see cref="Seed"/>, rather than a time: the same seed kills at the same point of the stream on any machine.
/// </summary>
public sealed record KillSiloOptions
{
    /// <summary>How many kills (one per run, each on its own topic, all on the same silo).</summary>
    public int Runs { get; init; } = 20;

    /// <summary>Producers, each with its own connection, so one producer's retries do not mask another's.</summary>
    public int Producers { get; init; } = 4;

    /// <summary>Partitions of each run's topic.</summary>
    public int Partitions { get; init; } = 6;

    /// <summary>Bytes of each record's value.</summary>
    public int ValueSize { get; init; } = 100;

    /// <summary>Records each producer may have waiting for their delivery result at once.</summary>
    public int MaxInFlightPerProducer { get; init; } = 1_000;

    /// <summary>The kill comes once at least this many records were acknowledged in the run...</summary>
    public int MinAcknowledgedBeforeKill { get; init; } = 5_000;

    /// <summary>...and at most this many (drawn from <see cref="Seed"/>).</summary>
    public int MaxAcknowledgedBeforeKill { get; init; } = 50_000;

    /// <summary>Records acknowledged after the restart before the producers stop.</summary>
    public int AcknowledgedAfterRestart { get; init; } = 20_000;

    /// <summary>How long the producers may take to be acknowledged again after the restart before the run fails.</summary>
    public TimeSpan RecoveryTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Seeds the kill moments.</summary>
    public int Seed { get; init; } = 8;
}
