using OrleansBroker.Records;
using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// One group of appends as the partition judges it before writing, against its idempotent producers: a batch that
/// resends one already stored, or one earlier in the group, is answered as that one is, with no second copy; a batch
/// that breaks its producer's epoch or sequence is refused; the rest go to the log in order. Once the log has
/// answered, <see cref="Complete"/> gives each append its outcome and records the stored batches in the producer
/// states. Judging one group only after the previous one is stored keeps each producer's batches in sequence.
/// </summary>
internal sealed class GroupAppendPlan
{
    private readonly ProducerStates _producers;
    private readonly Step[] _steps;
    private readonly List<Memory<byte>> _toWrite = [];
    private readonly List<RecordBatchHeader?> _writtenProducers = [];
    private readonly Dictionary<long, List<(RecordBatchHeader Header, int WriteIndex)>> _inGroup = [];

    private GroupAppendPlan(ProducerStates producers, int count)
    {
        _producers = producers;
        _steps = new Step[count];
    }

    /// <summary>The batches to write, in order.</summary>
    public IReadOnlyList<Memory<byte>> ToWrite => _toWrite;

    /// <summary>Judges <paramref name="batches"/>, in order, against <paramref name="producers"/>; <paramref name="partition"/> names the partition in errors.</summary>
    public static GroupAppendPlan Create(ProducerStates producers, Memory<byte>[] batches, string partition)
    {
        var plan = new GroupAppendPlan(producers, batches.Length);
        for (var i = 0; i < batches.Length; i++)
        {
            plan._steps[i] = plan.Judge(batches[i], partition);
        }

        return plan;
    }

    /// <summary>Each append's outcome, given the log's results for <see cref="ToWrite"/>; records what was stored.</summary>
    public BatchOutcome[] Complete(AppendResult[] written, long nowMs)
    {
        for (var j = 0; j < written.Length; j++)
        {
            if (written[j].Succeeded && _writtenProducers[j] is { } header)
            {
                _producers.Record(header, written[j].Info, nowMs);
            }
        }

        return Array.ConvertAll(_steps, step => step switch
        {
            { Refusal: { } refusal } => new BatchOutcome(default, refusal, false),
            { WriteIndex: < 0 } => new BatchOutcome(step.Stored, null, true),
            _ => new BatchOutcome(written[step.WriteIndex].Info, written[step.WriteIndex].Error, step.Resend),
        });
    }

    private Step Judge(Memory<byte> batch, string partition)
    {
        if (!ProducerStates.TryReadIdempotent(batch.Span, out var header))
        {
            return Write(batch, null);
        }

        var known = _producers.Find(header.ProducerId);
        if (known?.FindStored(header.ProducerEpoch, header.BaseSequence, header.LastSequence) is { } stored)
        {
            return new Step(-1, true, stored.Info, null);
        }

        if (!_inGroup.TryGetValue(header.ProducerId, out var earlier))
        {
            _inGroup[header.ProducerId] = earlier = [];
        }

        var same = earlier.FindIndex(e => SameBatch(e.Header, header));
        if (same >= 0)
        {
            return new Step(earlier[same].WriteIndex, true, default, null);
        }

        RecordBatchHeader? last = earlier.Count > 0 ? earlier[^1].Header : null;
        var refusal = ProducerSequenceRules.Check(header, last?.ProducerEpoch ?? known?.Epoch, last?.LastSequence ?? known?.LastSequence ?? -1, partition);
        if (refusal is not null)
        {
            return new Step(-1, false, default, refusal);
        }

        var step = Write(batch, header);
        earlier.Add((header, step.WriteIndex));
        return step;
    }

    private Step Write(Memory<byte> batch, RecordBatchHeader? producer)
    {
        _toWrite.Add(batch);
        _writtenProducers.Add(producer);
        return new Step(_toWrite.Count - 1, false, default, null);
    }

    private static bool SameBatch(in RecordBatchHeader a, in RecordBatchHeader b) =>
        a.ProducerEpoch == b.ProducerEpoch && a.BaseSequence == b.BaseSequence && a.LastSequence == b.LastSequence;

    /// <summary>What to do with one append: write it (or answer it as the write at <paramref name="WriteIndex"/>), answer it as <paramref name="Stored"/>, or refuse it.</summary>
    private readonly record struct Step(int WriteIndex, bool Resend, AppendInfo Stored, BrokerException? Refusal);
}
