using System.Diagnostics;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Batches one partition's records and sends the batches one at a time, in order: a batch goes when it reaches
/// batch.size, when its first record has waited linger.ms, or on flush. Keeping one batch in flight per partition
/// is what guarantees that records are stored in the order they were produced. With a <paramref name="sequence"/>
/// (enable.idempotence) the batches are numbered, so a batch whose answer was lost can be sent again safely
/// (<see cref="PartitionAppends"/>).
/// </summary>
internal sealed class PartitionSender(TopicPartition partition, IPartitionGrain grain, ProducerConfig config, BufferGate gate, Action<string> topicGone, PartitionSequence? sequence)
{
    private readonly object _lock = new();
    private readonly RecordBatchBuilder _builder = new(Math.Min(config.BatchSize, 1 << 20));
    private readonly List<RecordCompletion> _records = [];
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
            SealedBatch? next;
            TimeSpan lingerLeft;
            Task wake;
            lock (_lock)
            {
                lingerLeft = SealIfDue();
                next = _ready.First?.Value;
                if (next is not null)
                {
                    _ready.RemoveFirst();
                }
                else if (_builder.Count == 0)
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

            if (next is null)
            {
                await Task.WhenAny(wake, Task.Delay(lingerLeft));
                continue;
            }

            await SendAsync(next);
        }
    }

    /// <summary>Seals the open batch if its linger is over or a flush asked; otherwise returns how long it may still wait.</summary>
    private TimeSpan SealIfDue()
    {
        if (_ready.Count > 0 || _builder.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var left = TimeSpan.FromMilliseconds(config.LingerMs) - Stopwatch.GetElapsedTime(_batchStarted);
        if (_flushRequested || left <= TimeSpan.Zero)
        {
            SealLocked();
            return TimeSpan.Zero;
        }

        return left;
    }

    private void SealLocked()
    {
        sequence?.Label(_builder);
        _ready.AddLast(new SealedBatch(_builder.Build(), [.. _records]));
        _builder.Reset();
        _records.Clear();
        SealedBatches++;
        _wake.TrySetResult();
    }

    /// <summary>
    /// Sends one batch and reports its records. When the broker refuses it as too large and it holds several records,
    /// puts its two halves first in line instead (as Kafka's producer splits such a batch), so only a record too large
    /// on its own fails.
    /// </summary>
    private async Task SendAsync(SealedBatch batch)
    {
        if (sequence is not null && !await TryIdentifyAsync(batch))
        {
            return;
        }

        var result = await PartitionAppends.AppendAsync(grain, batch.Bytes, sequence is not null);
        if (result.Error is null)
        {
            for (var i = 0; i < batch.Records.Length; i++)
            {
                var record = batch.Records[i];
                var timestamp = result.Response.LogAppendTime >= 0 ? result.Response.LogAppendTime : record.Timestamp;
                record.Delivered(partition.Topic, partition.Partition, result.Response.BaseOffset + i, timestamp);
            }

            ReleaseBuffer(batch);
        }
        else if (result.Error is BrokerException { Code: ErrorCode.MessageTooLarge } && batch.Records.Length > 1)
        {
            Split(batch);
        }
        else
        {
            Fail(batch, result.Error, result.Unresolved);
        }
    }

    /// <summary>Gives the partition its producer identity before its first batch (or the first after <see cref="PartitionSequence.Forget"/>) goes.</summary>
    private async Task<bool> TryIdentifyAsync(SealedBatch batch)
    {
        if (sequence!.HasIdentity)
        {
            return true;
        }

        try
        {
            var identity = await sequence.AcquireAsync();
            lock (_lock)
            {
                sequence.Restart(identity, _ready.Prepend(batch));
            }

            return true;
        }
        catch (Exception e)
        {
            Fail(batch, e, unresolved: false);
            return false;
        }
    }

    private void Split(SealedBatch batch)
    {
        var half = batch.Records.Length / 2;
        var (first, second) = BatchSplitter.Split(batch.Bytes, half);
        lock (_lock)
        {
            _ready.AddFirst(new SealedBatch(second, batch.Records[half..]));
            _ready.AddFirst(new SealedBatch(first, batch.Records[..half]));
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

        Array.ForEach(batch.Records, record => record.Failed(error));
        ReleaseBuffer(batch);
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

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
