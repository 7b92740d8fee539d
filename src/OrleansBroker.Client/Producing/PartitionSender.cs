using System.Diagnostics;
using Orleans.Runtime.Messaging;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Batches one partition's records and sends the batches one at a time, in order: a batch goes when it reaches
/// batch.size, when its first record has waited linger.ms, or on flush. Keeping one batch in flight per partition
/// is what guarantees that records are stored in the order they were produced.
/// </summary>
internal sealed class PartitionSender(TopicPartition partition, IPartitionGrain grain, ProducerConfig config, BufferGate gate, Action<string> topicGone)
{
    private const int UnsentRetryAttempts = 5;
    private static readonly TimeSpan UnsentRetryBackoff = TimeSpan.FromMilliseconds(100);
    private readonly object _lock = new();
    private readonly RecordBatchBuilder _builder = new(Math.Min(config.BatchSize, 1 << 20));
    private readonly List<RecordCompletion> _records = [];
    private readonly Queue<SealedBatch> _ready = new();
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
                if (!_ready.TryDequeue(out next) && _builder.Count == 0)
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
        _ready.Enqueue(new SealedBatch(_builder.Build(), [.. _records]));
        _builder.Reset();
        _records.Clear();
        SealedBatches++;
        _wake.TrySetResult();
    }

    private async Task SendAsync(SealedBatch batch)
    {
        try
        {
            await SendSplittingAsync(batch.Bytes, batch.Records);
        }
        finally
        {
            gate.Release(batch.Records.Sum(record => record.Size));
        }
    }

    /// <summary>
    /// Sends one batch. When the broker refuses it as too large and it holds several records, sends each half in
    /// turn instead (as Kafka's producer splits such a batch), so only a record too large on its own fails.
    /// </summary>
    private async Task SendSplittingAsync(byte[] bytes, RecordCompletion[] records)
    {
        try
        {
            var response = await AppendAsync(bytes);
            for (var i = 0; i < records.Length; i++)
            {
                var record = records[i];
                var timestamp = response.LogAppendTime >= 0 ? response.LogAppendTime : record.Timestamp;
                record.Delivered(partition.Topic, partition.Partition, response.BaseOffset + i, timestamp);
            }
        }
        catch (BrokerException e) when (e.Code == ErrorCode.MessageTooLarge && records.Length > 1)
        {
            var half = records.Length / 2;
            var (first, second) = BatchSplitter.Split(bytes, half);
            await SendSplittingAsync(first, records[..half]);
            await SendSplittingAsync(second, records[half..]);
        }
        catch (Exception e)
        {
            var error = e as BrokerException ?? new BrokerException(ErrorCode.Unknown, $"Producing to {partition} failed: {e.Message}", e);
            if (error.Code == ErrorCode.UnknownTopicOrPartition)
            {
                // The topic was deleted (or shrank) since its metadata was cached: look it up afresh next time.
                topicGone(partition.Topic);
            }

            Array.ForEach(records, record => record.Failed(error));
        }
    }

    /// <summary>
    /// Appends, sending again when the call could not leave this client (its gateway had just gone, as when a silo
    /// dies): the batch was not written, so a new attempt through another gateway cannot duplicate it. Kafka's producer
    /// retries such a send after retry.backoff.ms in the same way.
    /// </summary>
    private async Task<ProduceResponse> AppendAsync(byte[] bytes)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await grain.AppendAsync(bytes);
            }
            catch (ConnectionFailedException) when (attempt < UnsentRetryAttempts)
            {
                await Task.Delay(UnsentRetryBackoff * attempt);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
