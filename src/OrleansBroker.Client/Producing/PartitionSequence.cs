using OrleansBroker.Abstractions.Producers;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// One partition's idempotent sequencing (Kafka's per-partition producer state): the producer id and epoch its batches
/// carry and the sequence the next sealed batch starts at. A batch is numbered when it is sealed, so its bytes are
/// final before it is first sent and every resend is the same copy. When the broker refuses a batch (stores nothing),
/// the batches behind it move down to take its sequences; when a batch's fate stays unknown, the partition starts
/// over at sequence 0 under a new producer id, since the old id's next sequence can no longer be known.
/// Not thread-safe: the sender calls it under its lock.
/// </summary>
internal sealed class PartitionSequence(ProducerIdSource ids)
{
    private ProducerIdentity? _identity;
    private bool _needsNewId;
    private int _next;

    /// <summary>True once the partition has an identity for its batches.</summary>
    public bool HasIdentity => _identity is not null;

    /// <summary>Fetches the identity to <see cref="Restart"/> with: the producer's, or a new one after <see cref="Forget"/>.</summary>
    public Task<ProducerIdentity> AcquireAsync() => _needsNewId ? ids.NewAsync() : ids.SharedAsync();

    /// <summary>Numbers the batch <paramref name="builder"/> is about to build; without an identity yet, leaves it for <see cref="Restart"/>.</summary>
    public void Label(RecordBatchBuilder builder)
    {
        builder.ProducerId = _identity?.ProducerId ?? -1;
        builder.ProducerEpoch = _identity?.ProducerEpoch ?? -1;
        builder.BaseSequence = _identity is null ? -1 : _next;
        if (_identity is not null)
        {
            _next = ProducerSequence.Increment(_next, builder.Count);
        }
    }

    /// <summary>Takes <paramref name="identity"/> and numbers the batches not yet sent from sequence 0.</summary>
    public void Restart(ProducerIdentity identity, IEnumerable<SealedBatch> unsent)
    {
        _identity = identity;
        _needsNewId = false;
        Renumber(0, unsent);
    }

    /// <summary>The broker stored nothing of <paramref name="refused"/>: the <paramref name="queued"/> batches take its sequences.</summary>
    public void Refused(SealedBatch refused, IEnumerable<SealedBatch> queued)
    {
        if (_identity is not null)
        {
            Renumber(RecordBatchHeader.Read(refused.Bytes).BaseSequence, queued);
        }
    }

    /// <summary>A batch's fate is unknown: the next batch sent needs a new producer id.</summary>
    public void Forget()
    {
        _identity = null;
        _needsNewId = true;
    }

    private void Renumber(int first, IEnumerable<SealedBatch> batches)
    {
        var (producerId, epoch) = _identity!.Value;
        _next = first;
        foreach (var batch in batches)
        {
            // Rewriting the fields costs a CRC over the batch: only for batches numbered before the change.
            var header = RecordBatchHeader.Read(batch.Bytes);
            if (header.ProducerId != producerId || header.ProducerEpoch != epoch || header.BaseSequence != _next)
            {
                RecordBatchStamp.SetProducer(batch.Bytes, producerId, epoch, _next);
            }

            _next = ProducerSequence.Increment(_next, batch.Records.Length);
        }
    }
}
