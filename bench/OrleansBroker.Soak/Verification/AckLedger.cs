using System.Collections.Concurrent;

namespace OrleansBroker.Soak.Verification;

/// <summary>
/// What the broker acknowledged during a scenario: for each record, the partition and offset its delivery result
/// named. Only acknowledged records are promised to survive; those that failed or were cut off by a fault may or may
/// not be stored, but never twice. Thread-safe: every producer of a scenario reports into one ledger.
/// </summary>
public sealed class AckLedger
{
    private readonly ConcurrentDictionary<RecordId, (int Partition, long Offset)> _acknowledged = new();
    private long _failed;

    /// <summary>How many records were acknowledged.</summary>
    public long AcknowledgedCount => _acknowledged.Count;

    /// <summary>How many records failed (an error reported to the producer).</summary>
    public long FailedCount => Interlocked.Read(ref _failed);

    /// <summary>Every acknowledged record and where the broker said it was stored.</summary>
    public IReadOnlyDictionary<RecordId, (int Partition, long Offset)> Acknowledged => _acknowledged;

    /// <summary>Notes that <paramref name="id"/> was stored at <paramref name="partition"/>/<paramref name="offset"/>.</summary>
    public void Acknowledge(RecordId id, int partition, long offset)
    {
        if (!_acknowledged.TryAdd(id, (partition, offset)))
        {
            throw new InvalidOperationException($"Record {id} was acknowledged twice.");
        }
    }

    /// <summary>Notes that a record's production failed.</summary>
    public void Fail() => Interlocked.Increment(ref _failed);
}
