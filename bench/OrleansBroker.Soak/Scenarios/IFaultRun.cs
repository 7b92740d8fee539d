using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios;

/// <summary>One run of a fault scenario, so that <see cref="FaultRuns{TRun}"/> can total any scenario's runs the same way.</summary>
public interface IFaultRun
{
    /// <summary>True when the run kept every promise its scenario checks.</summary>
    bool IsClean { get; }

    /// <summary>What the run adds to its case's Reliability row.</summary>
    ReliabilityCounts Counts { get; }
}
