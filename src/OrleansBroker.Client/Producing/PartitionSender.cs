using System.Diagnostics;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Batches one partition's records and sends the batches one at a time, in order: a batch goes when it reaches
/// batch.size, when its first record has waited linger.ms, or on flush. Keeping one batch in flight per partition
/// is what guarantees that records are stored in the order they were produced. With a <paramref name="sequence"/>
/// (enable.idempotence) the batches are numbered, so a batch whose answer was lost can be sent again safely
/// (<see cref="PartitionAppends"/>). A record that waits longer than delivery.timeout.ms, wherever it is, fails then
/// (<see cref="ExpireOverdue"/>).
/// </summary>
internal sealed class PartitionSender(
    TopicPartition partition, IPartitionGrain grain, ProducerConfig config, BufferGate gate, Action<string> topicGone, PartitionSequence? sequence, GatewayLossSignal gatewayLoss)
{
    private readonly object _lock = new();
    private readonly List<RecordCompletion> _records = [];
    private RecordBatchBuilder _builder = NewBuilder(config);
    private RecordBatchBuilder? _spareBuilder;
    private readonly LinkedList<SealedBatch> _ready = new();
    private long _batchStarted;
    private bool _flushRequested;
    private Task? _loop;
    private TaskCompletionSource _wake = NewSignal();

    /// <summary>How many batches have been sealed; the sticky partitioner moves on when it changes.</summary>
    public long SealedBatches { get; private set; }

    /// <summary>Adds a record to the open batch, sealing it first when the record would push it past batch.size.</summary>
    public void Add(byte[]? key, byte[]? value, IReadOnlyList<Header> headers, RecordCompletion completion)
    {
        lock (_lock)
        {
            if (_builder.Count > 0 && _builder.SizeInBytes + completion.Size > config.BatchSize)
            {
                SealLocked();
            }

            if (_builder.Count == 0)
            {
                _batchStarted = Stopwatch.GetTimestamp();
            }

            _builder.Add(completion.Timestamp, key, key is not null, value, value is not null, headers.Count == 0 ? null : headers);
            _records.Add(completion);
            _loop ??= Task.Run(SendLoopAsync);
        }
    }

    /// <summary>Sends everything queued now and completes when this partition has nothing left to send.</summary>
    public Task FlushAsync()
    {
        lock (_lock)
        {
            _flushRequested = true;
            _wake.TrySetResult();
            return _loop ?? Task.CompletedTask;
        }
    }

    private async Task SendLoopAsync()
    {
        while (true)
        {
            ExpireOverdue(inFlight: null);
            SealedBatch? next;
            TimeSpan lingerLeft;
            Task wake;
            Detached? due;
            lock (_lock)
            {
                lingerLeft = DetachIfDue(out due);
                next = due is null ? _ready.First?.Value : null;
                if (next is not null)
                {
                    _ready.RemoveFirst();
                }
                else if (due is null && _builder.Count == 0)
                {
                    _loop = null;
                    _flushRequested = false;
                    return;
                }

                if (_wake.Task.IsCompleted)
                {
                    _wake = NewSignal();
                }

                wake = _wake.Task;
            }

            if (due is not null)
            {
                // Nothing was ready when it was detached, so it is next in line: later batches queue behind it.
                next = Build(due.Value);
            }
            else if (next is null)
            {
                await Task.WhenAny(wake, Task.Delay(lingerLeft));
                continue;
            }

            var sending = TransmitAsync(next);
            while (!sending.IsCompleted)
            {
                // The next batch waits for this one's outcome (so nothing overtakes it), but records time out meanwhile.
                await ((Task)sending).WaitAsync(UntilNextDeadline(next)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                ExpireOverdue(next);
            }

            Report(next, await sending);
        }
    }

    /// <summary>
    /// Seals the open batch, when nothing is ready before it, if its linger is over or a flush asked: numbers it and
    /// takes it out as <paramref name="due"/>, leaving its bytes to be built outside the lock (a copy and a CRC of up to
    /// batch.size bytes), while new records go to a fresh builder. Otherwise returns how long it may still wait.
    /// </summary>
    private TimeSpan DetachIfDue(out Detached? due)
    {
        due = null;
        if (_ready.Count > 0 || _builder.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var left = TimeSpan.FromMilliseconds(config.LingerMs) - Stopwatch.GetElapsedTime(_batchStarted);
        if (_flushRequested || left <= TimeSpan.Zero)
        {
            sequence?.Label(_builder);
            due = new Detached(_builder, [.. _records], _batchStarted + DeliveryTimeoutTicks);
            _builder = _spareBuilder ?? NewBuilder(config);
            _spareBuilder = null;
            _records.Clear();
            SealedBatches++;
            return TimeSpan.Zero;
        }

        return left;
    }

    /// <summary>Builds a detached batch's bytes, then keeps its builder for the next detach.</summary>
    private SealedBatch Build(Detached due)
    {
        var batch = new SealedBatch(due.Builder.Build(), due.Records, due.Deadline);
        due.Builder.Reset();
        lock (_lock)
        {
            _spareBuilder = due.Builder;
        }

        return batch;
    }

    private void SealLocked()
    {
        sequence?.Label(_builder);
        _ready.AddLast(new SealedBatch(_builder.Build(), [.. _records], _batchStarted + DeliveryTimeoutTicks));
        _builder.Reset();
        _records.Clear();
        SealedBatches++;
        _wake.TrySetResult();
    }

    /// <summary>Gives the partition its producer identity if it needs one, then sends <paramref name="batch"/>.</summary>
    private async Task<SendResult> TransmitAsync(SealedBatch batch)
    {
        if (sequence is not null && !sequence.HasIdentity)
        {
            try
            {
                // The first batch, or the first after PartitionSequence.Forget.
                var identity = await sequence.AcquireAsync();
                lock (_lock)
                {
                    sequence.Restart(identity, _ready.Prepend(batch));
                }
            }
            catch (Exception e)
            {
                return new SendResult(default, e, false);
            }
        }

        return await PartitionAppends.AppendAsync(grain, batch.Bytes, sequence is not null, TimeSpan.FromMilliseconds(config.RequestTimeoutMs), batch.Deadline, gatewayLoss);
    }

    /// <summary>
    /// Reports how sending a batch ended. When the broker refuses it as too large and it holds several records, puts its
    /// two halves first in line instead (as Kafka's producer splits such a batch), so only a record too large on its
    /// own fails. An expired batch's records were told already; only the partition's sequence learns the outcome.
    /// </summary>
    private void Report(SealedBatch batch, SendResult result)
    {
        if (result.Error is null)
        {
            if (!batch.Expired)
            {
                for (var i = 0; i < batch.Records.Length; i++)
                {
                    var record = batch.Records[i];
                    var timestamp = result.Response.LogAppendTime >= 0 ? result.Response.LogAppendTime : record.Timestamp;
                    record.Delivered(partition.Topic, partition.Partition, result.Response.BaseOffset + i, timestamp);
                }

                ReleaseBuffer(batch);
            }
        }
        else if (result.Error is BrokerException { Code: ErrorCode.MessageTooLarge } && batch.Records.Length > 1 && !batch.Expired)
        {
            Split(batch);
        }
        else
        {
            Fail(batch, result.Error, result.Unresolved);
        }
    }

    /// <summary>How long until the earliest record still waiting (in flight, queued or in the open batch) times out.</summary>
    private TimeSpan UntilNextDeadline(SealedBatch inFlight)
    {
        lock (_lock)
        {
            long? deadline = !inFlight.Expired ? inFlight.Deadline
                : _ready.First is { } queued ? queued.Value.Deadline
                : _builder.Count > 0 ? _batchStarted + DeliveryTimeoutTicks
                : null;

            // With nothing waiting, any record added from now on times out after a whole delivery.timeout.ms.
            return deadline is { } due
                ? TimeSpan.FromTicks(Math.Max(0, (due - Stopwatch.GetTimestamp()) * TimeSpan.TicksPerSecond / Stopwatch.Frequency))
                : TimeSpan.FromMilliseconds(config.DeliveryTimeoutMs);
        }
    }

    /// <summary>
    /// Fails the records past delivery.timeout.ms and frees their buffer room, as Kafka's producer expires batches: the
    /// batch in flight (whose call goes on: the next batch still waits for its outcome), the queued batches (never
    /// sent, so the batches behind take their sequences) and the open batch once its first record is overdue.
    /// </summary>
    private void ExpireOverdue(SealedBatch? inFlight)
    {
        var now = Stopwatch.GetTimestamp();
        var expired = new List<(SealedBatch Batch, bool Sent)>();
        lock (_lock)
        {
            if (inFlight is { Expired: false } && inFlight.Deadline <= now)
            {
                inFlight.Expired = true;
                expired.Add((inFlight, true));
            }

            if (_builder.Count > 0 && _batchStarted + DeliveryTimeoutTicks <= now)
            {
                SealLocked();
            }

            while (_ready.First is { } queued && queued.Value.Deadline <= now)
            {
                _ready.RemoveFirst();
                queued.Value.Expired = true;
                expired.Add((queued.Value, false));
            }

            if (expired.FirstOrDefault(batch => !batch.Sent).Batch is { } firstUnsent)
            {
                sequence?.Refused(firstUnsent, _ready);
            }
        }

        foreach (var (batch, sent) in expired)
        {
            var error = new BrokerException(
                ErrorCode.RequestTimedOut,
                $"Delivery to {partition} timed out after {config.DeliveryTimeoutMs} ms (delivery.timeout.ms): {batch.Records.Length} record(s) "
                + (sent ? "sent without an answer yet; they may still be stored." : "not sent, as the partition was slower than the producer."));
            Array.ForEach(batch.Records, record => record.Failed(error));
            ReleaseBuffer(batch);
        }
    }

    private void Split(SealedBatch batch)
    {
        var half = batch.Records.Length / 2;
        var (first, second) = BatchSplitter.Split(batch.Bytes, half);
        lock (_lock)
        {
            _ready.AddFirst(new SealedBatch(second, batch.Records[half..], batch.Deadline));
            _ready.AddFirst(new SealedBatch(first, batch.Records[..half], batch.Deadline));
            sequence?.Refused(batch, _ready);
        }
    }

    private void Fail(SealedBatch batch, Exception exception, bool unresolved)
    {
        var error = exception as BrokerException ?? new BrokerException(ErrorCode.Unknown, $"Producing to {partition} failed: {exception.Message}", exception);
        if (error.Code == ErrorCode.UnknownTopicOrPartition)
        {
            // The topic was deleted (or shrank) since its metadata was cached: look it up afresh next time.
            topicGone(partition.Topic);
        }

        if (!batch.Expired)
        {
            Array.ForEach(batch.Records, record => record.Failed(error));
            ReleaseBuffer(batch);
        }

        if (sequence is not null)
        {
            lock (_lock)
            {
                if (unresolved)
                {
                    sequence.Forget();
                }
                else
                {
                    sequence.Refused(batch, _ready);
                }
            }
        }
    }

    private void ReleaseBuffer(SealedBatch batch) => gate.Release(batch.Records.Sum(record => record.Size));

    private long DeliveryTimeoutTicks => config.DeliveryTimeoutMs * Stopwatch.Frequency / 1000;

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static RecordBatchBuilder NewBuilder(ProducerConfig config) => new(Math.Min(config.BatchSize, 1 << 20));

    /// <summary>A batch taken out of the open builder, numbered, whose bytes are yet to be built.</summary>
    private readonly record struct Detached(RecordBatchBuilder Builder, RecordCompletion[] Records, long Deadline);
}
