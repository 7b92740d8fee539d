namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>One sample of the running soak: rates over the interval that ended at <paramref name="Elapsed"/>, and the silo's memory then.</summary>
/// <param name="Elapsed">Time since the load started.</param>
/// <param name="ProducedPerSecond">Records acknowledged per second.</param>
/// <param name="PlainReadPerSecond">Records the plain reader read (and audited) per second.</param>
/// <param name="GroupConsumedPerSecond">Records the group's members consumed per second, redeliveries included.</param>
/// <param name="PlainLag">Records between the plain reader's positions and the log ends.</param>
/// <param name="GroupLag">Records between the group's committed offsets and the log ends.</param>
/// <param name="SiloRssBytes">The silo process's resident set (VmRSS).</param>
/// <param name="SiloManagedBytes">Managed memory the silo reports (Orleans' runtime statistics); null when it did not answer.</param>
/// <param name="SiloActivations">Grain activations on the silo; null when it did not answer.</param>
public sealed record LoadSample(
    TimeSpan Elapsed,
    double ProducedPerSecond,
    double PlainReadPerSecond,
    double GroupConsumedPerSecond,
    long PlainLag,
    long GroupLag,
    long SiloRssBytes,
    long? SiloManagedBytes,
    int? SiloActivations);
