using OrleansBroker.Records;
using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// A partition's idempotent producers by producer id (Kafka's ProducerStateManager). Kept in memory, and rebuilt when
/// the partition opens from the headers of its log's tail, which carry each batch's producer id, epoch and sequences.
/// A producer whose batches all lie before that tail, or that stayed idle past producer.id.expiration.ms, is
/// forgotten; its next batch is then accepted whatever its sequence, as Kafka 2.5+ accepts an expired producer's
/// (rather than failing it with UNKNOWN_PRODUCER_ID, which would make the producer reset). Used on the grain's
/// scheduler only.
/// </summary>
internal sealed class ProducerStates
{
    private readonly Dictionary<long, ProducerState> _producers = [];

    /// <summary>The producers of <paramref name="headers"/> (a log's batches, oldest first), each counted as active at <paramref name="nowMs"/>.</summary>
    public static ProducerStates Rebuild(IEnumerable<RecordBatchHeader> headers, long nowMs)
    {
        var states = new ProducerStates();
        foreach (var header in headers)
        {
            if (IsIdempotent(header))
            {
                var logAppendTime = header.TimestampType == TimestampType.LogAppendTime ? header.MaxTimestamp : -1;
                states.Record(header, new AppendInfo(header.BaseOffset, header.LastOffset, logAppendTime, header.MaxTimestamp), nowMs);
            }
        }

        return states;
    }

    /// <summary>Reads the header of <paramref name="batch"/>; false unless an idempotent producer sent it (a malformed batch is the log's to refuse).</summary>
    public static bool TryReadIdempotent(ReadOnlySpan<byte> batch, out RecordBatchHeader header)
    {
        var readable = batch.Length >= RecordBatchLayout.HeaderSize && batch[RecordBatchLayout.Magic] == RecordBatchLayout.CurrentMagic;
        header = readable ? RecordBatchHeader.Read(batch) : default;
        return readable && IsIdempotent(header);
    }

    /// <summary>The producer's state, or null when the partition does not know it.</summary>
    public ProducerState? Find(long producerId) => _producers.GetValueOrDefault(producerId);

    /// <summary>Remembers that the batch of <paramref name="header"/> was stored as <paramref name="info"/> says.</summary>
    public void Record(in RecordBatchHeader header, AppendInfo info, long nowMs)
    {
        if (!_producers.TryGetValue(header.ProducerId, out var state))
        {
            state = new ProducerState(header.ProducerEpoch);
            _producers.Add(header.ProducerId, state);
        }

        state.Add(header.ProducerEpoch, new ProducerBatch(header.BaseSequence, header.LastSequence, info), nowMs);
    }

    /// <summary>Forgets the producers that stored nothing for <paramref name="expirationMs"/> (producer.id.expiration.ms).</summary>
    public void ExpireIdle(long nowMs, long expirationMs)
    {
        foreach (var (producerId, state) in _producers)
        {
            if (nowMs - state.LastAppendMs >= expirationMs)
            {
                _producers.Remove(producerId);
            }
        }
    }

    private static bool IsIdempotent(in RecordBatchHeader header) =>
        header.HasProducerId && header.ProducerEpoch >= 0 && header.BaseSequence >= 0 && !header.IsControl;
}
