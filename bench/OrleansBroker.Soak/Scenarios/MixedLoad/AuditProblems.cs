namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>The first few problems the audit met, described for a failure message. Thread-safe.</summary>
internal sealed class AuditProblems
{
    private const int MaxShown = 5;
    private readonly List<string> _shown = [];

    /// <summary>Keeps <paramref name="problem"/> if fewer than five are kept.</summary>
    public void Note(string problem)
    {
        lock (_shown)
        {
            if (_shown.Count < MaxShown)
            {
                _shown.Add(problem);
            }
        }
    }

    /// <summary>The problems kept.</summary>
    public IReadOnlyList<string> Shown()
    {
        lock (_shown)
        {
            return [.. _shown];
        }
    }
}
