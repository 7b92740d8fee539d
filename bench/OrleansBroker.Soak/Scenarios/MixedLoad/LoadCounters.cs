namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>Running totals the sampler turns into rates. Thread-safe.</summary>
internal sealed class LoadCounters
{
    private long _acknowledged;
    private long _failed;
    private long _readByPlain;
    private long _consumedByGroup;
    private long _redeliveredToGroup;
    private long _assignments;

    public long Acknowledged => Interlocked.Read(ref _acknowledged);

    public long Failed => Interlocked.Read(ref _failed);

    public long ReadByPlain => Interlocked.Read(ref _readByPlain);

    public long ConsumedByGroup => Interlocked.Read(ref _consumedByGroup);

    /// <summary>Records the group consumed again after a rebalance (at-least-once: those after the last commit).</summary>
    public long RedeliveredToGroup => Interlocked.Read(ref _redeliveredToGroup);

    /// <summary>Assignments the group handed its members: how many times rebalances completed, per member.</summary>
    public long Assignments => Interlocked.Read(ref _assignments);

    public void AddAcknowledged() => Interlocked.Increment(ref _acknowledged);

    public void AddFailed() => Interlocked.Increment(ref _failed);

    public void AddReadByPlain() => Interlocked.Increment(ref _readByPlain);

    public void AddConsumedByGroup(bool redelivered)
    {
        Interlocked.Increment(ref _consumedByGroup);
        if (redelivered)
        {
            Interlocked.Increment(ref _redeliveredToGroup);
        }
    }

    public void AddAssignment() => Interlocked.Increment(ref _assignments);
}
