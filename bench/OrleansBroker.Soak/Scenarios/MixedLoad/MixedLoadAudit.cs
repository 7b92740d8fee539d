using OrleansBroker.Abstractions;
using OrleansBroker.Records;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// The whole scenario's audit, kept as the load runs: a <see cref="PartitionAudit"/> per partition matching
/// acknowledgements with the plain reader, and a <see cref="RecordTally"/> telling copies apart and what the group
/// has consumed. Thread-safe.
/// </summary>
internal sealed class MixedLoadAudit
{
    private readonly Dictionary<TopicPartition, PartitionAudit> _partitions;
    private readonly AuditProblems _problems = new();

    public MixedLoadAudit(IEnumerable<TopicPartition> partitions) =>
        _partitions = partitions.ToDictionary(partition => partition, partition => new PartitionAudit(partition, Tally, _problems));

    /// <summary>Which records were acknowledged, read and consumed by the group.</summary>
    public RecordTally Tally { get; } = new();

    /// <summary>Every partition's audit.</summary>
    public IReadOnlyCollection<PartitionAudit> Partitions => _partitions.Values;

    /// <summary>The audit of <paramref name="partition"/>.</summary>
    public PartitionAudit Of(TopicPartition partition) => _partitions[partition];

    /// <summary>The broker acknowledged <paramref name="id"/> at <paramref name="partition"/>@<paramref name="offset"/>.</summary>
    public void Acknowledged(RecordId id, TopicPartition partition, long offset)
    {
        Tally.Acknowledged(id);
        _partitions[partition].Acknowledged(id, offset);
    }

    /// <summary>Producing <paramref name="id"/> failed: not promised, but worth showing.</summary>
    public void Failed(RecordId id, BrokerException error) => _problems.Note($"{id} failed: {error.Code}: {error.Message}");

    /// <summary>Ends every partition's audit (acknowledged records not read by now are lost) and sums them.</summary>
    public (AuditResult Audited, AuditCounts Counts) Finish()
    {
        var counts = _partitions.Values.Aggregate(default(AuditCounts), (sum, partition) => sum + partition.Finish());
        var audited = new AuditResult(
            counts.Acknowledged - counts.RemovedBeforeAudit, counts.Found, counts.Lost, counts.Misplaced, counts.Duplicated, counts.OutOfOrder, counts.Stored, _problems.Shown());
        return (audited, counts);
    }
}
