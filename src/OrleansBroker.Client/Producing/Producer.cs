using System.Collections.Concurrent;
using System.Diagnostics;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Producers;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Serialization;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Serializes, partitions and hands records to per-partition senders. Records are accepted strictly in call order:
/// when one has to wait (topic metadata not yet known, or the send buffer full), every later one queues behind it.
/// Each waits at most max.block.ms from its produce call, then fails with nothing of it queued.
/// </summary>
internal sealed class Producer<TKey, TValue>(BrokerClient client, ProducerConfig config, ISerializer<TKey> keySerializer, ISerializer<TValue> valueSerializer)
    : IProducer<TKey, TValue>
{
    private const int RecordOverheadBytes = 24;
    private readonly BufferGate _gate = new(config.BufferMemory);
    private readonly ConcurrentDictionary<TopicPartition, PartitionSender> _senders = new();
    private readonly ConcurrentDictionary<string, KeylessPartitioner> _keyless = new(StringComparer.Ordinal);
    private readonly ProducerIdSource? _ids = config.EnableIdempotence ? new(client.Cluster.GetGrain<IProducerIdGrain>(IProducerIdGrain.Key)) : null;
    private readonly object _intakeLock = new();
    private readonly Queue<Intake> _backlog = new();
    private Task _backlogDrained = Task.CompletedTask;

    public Task<DeliveryResult<TKey, TValue>> ProduceAsync(string topic, Message<TKey, TValue> message, CancellationToken cancellationToken = default) =>
        Accept(topic, null, message, null, cancellationToken).Task;

    public Task<DeliveryResult<TKey, TValue>> ProduceAsync(TopicPartition partition, Message<TKey, TValue> message, CancellationToken cancellationToken = default) =>
        Accept(partition.Topic, partition.Partition, message, null, cancellationToken).Task;

    public Task ProduceAsync(string topic, Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>> deliveryHandler, CancellationToken cancellationToken = default)
    {
        Accept(topic, null, message, deliveryHandler, cancellationToken);
        lock (_intakeLock)
        {
            return _backlogDrained;
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Task drained;
        lock (_intakeLock)
        {
            drained = _backlogDrained;
        }

        await drained.WaitAsync(cancellationToken);
        await Task.WhenAll(_senders.Values.Select(sender => sender.FlushAsync())).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await FlushAsync();

    private Delivery<TKey, TValue> Accept(string topic, int? partition, Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>>? handler, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = keySerializer.Serialize(message.Key);
        var value = valueSerializer.Serialize(message.Value);
        var size = (key?.Length ?? 0) + (value?.Length ?? 0) + RecordOverheadBytes + message.Headers.Sum(header => header.Key.Length + (header.Value?.Length ?? 0));
        var delivery = new Delivery<TKey, TValue>(message, handler)
        {
            Size = size,
            Timestamp = message.Timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        var intake = new Intake(topic, partition, key, value, message.Headers, delivery, Stopwatch.GetTimestamp());
        lock (_intakeLock)
        {
            if (_backlog.Count == 0 && TryAddNow(intake))
            {
                return delivery;
            }

            _backlog.Enqueue(intake);
            if (_backlogDrained.IsCompleted)
            {
                _backlogDrained = Task.Run(DrainBacklogAsync);
            }
        }

        return delivery;
    }

    /// <summary>The fast path: metadata cached and room in the buffer.</summary>
    private bool TryAddNow(Intake intake)
    {
        var metadata = client.Metadata.TryGetCached(intake.Topic);
        if (metadata is null || !_gate.TryTake(intake.Delivery.Size))
        {
            return false;
        }

        AddToSender(intake, metadata.PartitionCount);
        return true;
    }

    private async Task DrainBacklogAsync()
    {
        while (true)
        {
            Intake intake;
            lock (_intakeLock)
            {
                if (!_backlog.TryPeek(out intake!))
                {
                    return;
                }
            }

            try
            {
                var metadata = await MetadataWithinMaxBlockAsync(intake);
                if (!await _gate.TakeAsync(intake.Delivery.Size, BlockLeft(intake)))
                {
                    throw Blocked(intake, $"room in the send buffer (buffer.memory = {config.BufferMemory} bytes, all held by records not yet delivered)");
                }

                AddToSender(intake, metadata.PartitionCount);
            }
            catch (Exception e)
            {
                intake.Delivery.Failed(e as BrokerException ?? new BrokerException(ErrorCode.Unknown, $"Producing to topic '{intake.Topic}' failed: {e.Message}", e));
            }

            lock (_intakeLock)
            {
                _backlog.Dequeue();
            }
        }
    }

    private async Task<TopicMetadata> MetadataWithinMaxBlockAsync(Intake intake)
    {
        var lookup = client.Metadata.GetForProduceAsync(intake.Topic).AsTask();
        await ((Task)lookup).WaitAsync(BlockLeft(intake)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return lookup.IsCompleted ? await lookup : throw Blocked(intake, "the topic's metadata");
    }

    /// <summary>What is left of <paramref name="intake"/>'s max.block.ms.</summary>
    private TimeSpan BlockLeft(Intake intake) =>
        TimeSpan.FromMilliseconds(Math.Max(0, config.MaxBlockMs - Stopwatch.GetElapsedTime(intake.Accepted).TotalMilliseconds));

    private BrokerException Blocked(Intake intake, string waitedFor) => new(
        ErrorCode.RequestTimedOut,
        $"Producing to topic '{intake.Topic}' timed out after {config.MaxBlockMs} ms (max.block.ms) waiting for {waitedFor}; the record was not queued.");

    private void AddToSender(Intake intake, int partitionCount)
    {
        var partition = intake.Partition ?? ChoosePartition(intake.Topic, intake.Key, partitionCount);
        if (partition < 0 || partition >= partitionCount)
        {
            _gate.Release(intake.Delivery.Size);
            intake.Delivery.Failed(new BrokerException(ErrorCode.UnknownTopicOrPartition, $"Topic '{intake.Topic}' has no partition {partition} (it has {partitionCount})."));
            return;
        }

        var topicPartition = new TopicPartition(intake.Topic, partition);
        var sender = _senders.GetOrAdd(topicPartition, NewSender);
        sender.Add(intake.Key, intake.Value, intake.Headers, intake.Delivery);
    }

    private PartitionSender NewSender(TopicPartition partition) => new(
        partition,
        client.Cluster.GetGrain<IPartitionGrain>(partition.ToGrainKey()),
        config,
        _gate,
        client.Metadata.Invalidate,
        _ids is null ? null : new PartitionSequence(_ids),
        client.GatewayLoss);

    private int ChoosePartition(string topic, byte[]? key, int partitionCount)
    {
        if (key is not null)
        {
            return Murmur2.Partition(key, partitionCount);
        }

        var keyless = _keyless.GetOrAdd(topic, _ => new KeylessPartitioner());
        return config.Partitioner == Partitioner.Murmur2Sticky
            ? keyless.Sticky(partitionCount, partition => _senders.TryGetValue(new TopicPartition(topic, partition), out var sender) ? sender.SealedBatches : 0)
            : keyless.RoundRobin(partitionCount);
    }

    private sealed record Intake(string Topic, int? Partition, byte[]? Key, byte[]? Value, IReadOnlyList<Header> Headers, Delivery<TKey, TValue> Delivery, long Accepted);
}
