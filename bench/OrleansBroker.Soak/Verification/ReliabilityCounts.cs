namespace OrleansBroker.Soak.Verification;

/// <summary>What one run adds to its case's row of the README's Reliability table (<see cref="ReliabilityRow"/>).</summary>
public readonly record struct ReliabilityCounts(long Acknowledged, long Found, long Lost, long Duplicated);
