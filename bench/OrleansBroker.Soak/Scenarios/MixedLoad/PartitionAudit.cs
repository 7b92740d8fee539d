using OrleansBroker.Abstractions;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// Audits one partition while load runs: every acknowledgement (record id, offset) is matched with what the plain
/// reader reads at that offset, whichever comes first, so only records in between are held and memory stays bounded
/// by the reader's lag. Offsets the reader finds skipped are either removed by retention (the log start has passed
/// them: their records are counted, not audited) or a hole in the log (their acknowledged records are lost).
/// Thread-safe: producers' delivery handlers and the reader call in concurrently.
/// </summary>
internal sealed class PartitionAudit(TopicPartition partition, RecordTally tally, AuditProblems problems)
{
    private readonly object _lock = new();
    private readonly Dictionary<long, RecordId> _acknowledgedUnread = [];
    private readonly Dictionary<long, RecordId> _readUnacknowledged = [];
    private readonly Dictionary<int, long> _lastSequence = [];
    private readonly List<(long From, long To)> _removedByRetention = [];
    private long _next;
    private AuditCounts _counts;

    /// <summary>The partition audited.</summary>
    public TopicPartition Partition => partition;

    /// <summary>The next offset the reader will read: everything below it has been audited or skipped.</summary>
    public long Next
    {
        get
        {
            lock (_lock)
            {
                return _next;
            }
        }
    }

    /// <summary>The broker acknowledged <paramref name="id"/> at <paramref name="offset"/>.</summary>
    public void Acknowledged(RecordId id, long offset)
    {
        lock (_lock)
        {
            _counts.Acknowledged++;
            if (_readUnacknowledged.Remove(offset, out var read))
            {
                Match(id, read, offset);
            }
            else if (offset >= _next)
            {
                _acknowledgedUnread.Add(offset, id);
            }
            else if (_removedByRetention.Exists(range => offset >= range.From && offset < range.To))
            {
                _counts.RemovedBeforeAudit++;
            }
            else
            {
                Lost(id, offset);
            }
        }
    }

    /// <summary>
    /// The reader's next record is at <paramref name="offset"/>, past <see cref="Next"/>: the offsets between were
    /// removed by retention when <paramref name="byRetention"/> (the log start is at or past <paramref name="offset"/>), else they are a hole.
    /// </summary>
    public void Skipped(long offset, bool byRetention)
    {
        lock (_lock)
        {
            if (byRetention)
            {
                _removedByRetention.Add((_next, offset));
            }
            else
            {
                problems.Note($"{partition} skips offsets {_next} to {offset - 1}, which retention has not removed");
            }

            // Everything waiting here is at or past Next; the skipped ones are those below the new position.
            foreach (var skipped in _acknowledgedUnread.Keys.Where(waiting => waiting < offset).ToList())
            {
                _acknowledgedUnread.Remove(skipped, out var id);
                if (byRetention)
                {
                    _counts.RemovedBeforeAudit++;
                }
                else
                {
                    Lost(id, skipped);
                }
            }

            _next = offset;
        }
    }

    /// <summary>The reader read <paramref name="id"/> (null: a value no producer of the scenario wrote) at <paramref name="offset"/>, which is <see cref="Next"/>.</summary>
    public void Read(RecordId? id, long offset)
    {
        lock (_lock)
        {
            _counts.Stored++;
            _next = offset + 1;
            if (id is not { } record)
            {
                problems.Note($"{partition}@{offset} holds a record no producer of the scenario wrote");
                return;
            }

            if (!tally.ReadFromLog(record))
            {
                _counts.Duplicated++;
                problems.Note($"{record} stored again at {partition}@{offset}");
            }

            CheckOrder(record, offset);
            if (_acknowledgedUnread.Remove(offset, out var acknowledged))
            {
                Match(acknowledged, record, offset);
            }
            else
            {
                _readUnacknowledged[offset] = record;
            }
        }
    }

    /// <summary>Ends the audit: acknowledged records the reader never reached are lost. Returns this partition's counts.</summary>
    public AuditCounts Finish()
    {
        lock (_lock)
        {
            foreach (var (offset, id) in _acknowledgedUnread)
            {
                Lost(id, offset);
            }

            _acknowledgedUnread.Clear();
            return _counts with { StoredUnacknowledged = _readUnacknowledged.Count };
        }
    }

    private void CheckOrder(RecordId record, long offset)
    {
        if (_lastSequence.TryGetValue(record.Producer, out var last) && record.Sequence < last)
        {
            _counts.OutOfOrder++;
            problems.Note($"{record} at {partition}@{offset} follows sequence {last} of the same producer");
            return;
        }

        _lastSequence[record.Producer] = record.Sequence;
    }

    private void Match(RecordId acknowledged, RecordId read, long offset)
    {
        if (acknowledged == read)
        {
            _counts.Found++;
            return;
        }

        _counts.Misplaced++;
        problems.Note($"{acknowledged} acknowledged at {partition}@{offset}, where {read} is stored");
    }

    private void Lost(RecordId id, long offset)
    {
        _counts.Lost++;
        problems.Note($"{id} acknowledged at {partition}@{offset} is not in the log");
    }
}
