using System.Collections.Concurrent;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// Which records of each producer were acknowledged, read by the plain reader and read by the group, one bit each
/// (<see cref="SequenceBits"/>): what tells a record stored twice, and whether the group has read everything.
/// Thread-safe.
/// </summary>
internal sealed class RecordTally
{
    private readonly ConcurrentDictionary<int, Marks> _producers = new();

    /// <summary>Marks <paramref name="id"/> acknowledged.</summary>
    public void Acknowledged(RecordId id) => Of(id).Acknowledged.Set(id.Sequence);

    /// <summary>Marks <paramref name="id"/> read from the log by the plain reader; false when it was read before (a second copy).</summary>
    public bool ReadFromLog(RecordId id) => Of(id).ReadFromLog.Set(id.Sequence);

    /// <summary>Marks <paramref name="id"/> consumed by the group; false when the group had consumed it before (a redelivery after a rebalance).</summary>
    public bool ConsumedByGroup(RecordId id) => Of(id).ConsumedByGroup.Set(id.Sequence);

    /// <summary>Acknowledged records the group has not consumed (yet).</summary>
    public long AcknowledgedNotConsumedByGroup() => _producers.Values.Sum(marks => marks.Acknowledged.CountNotIn(marks.ConsumedByGroup));

    private Marks Of(RecordId id) => _producers.GetOrAdd(id.Producer, _ => new Marks());

    private sealed class Marks
    {
        public SequenceBits Acknowledged { get; } = new();

        public SequenceBits ReadFromLog { get; } = new();

        public SequenceBits ConsumedByGroup { get; } = new();
    }
}
