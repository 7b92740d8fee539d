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
    private readonly ConcurrentDictionary<string, TopicSenders> _topics = new(StringComparer.Ordinal);
    private readonly ProducerIdSource? _ids = config.EnableIdempotence ? new(client.Cluster.GetGrain<IProducerIdGrain>(IProducerIdGrain.Key)) : null;
    private readonly object _intakeLock = new();
    private readonly Queue<Intake> _backlog = new();
    private Task _backlogDrained = Task.CompletedTask;

    public Task<DeliveryResult<TKey, TValue>> ProduceAsync(string topic, Message<TKey, TValue> message, CancellationToken cancellationToken = default) =>
        Accept(topic, null, message, null, cancellationToken).Delivery.Task;

    public Task<DeliveryResult<TKey, TValue>> ProduceAsync(TopicPartition partition, Message<TKey, TValue> message, CancellationToken cancellationToken = default) =>
        Accept(partition.Topic, partition.Partition, message, null, cancellationToken).Delivery.Task;

    public Task ProduceAsync(string topic, Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>> deliveryHandler, CancellationToken cancellationToken = default) =>
        Accept(topic, null, message, deliveryHandler, cancellationToken).Queued;

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Task drained;
        lock (_intakeLock)
        {
            drained = _backlogDrained;
        }

        await drained.WaitAsync(cancellationToken);
        await Task.WhenAll(_topics.Values.SelectMany(topic => topic.All).Select(sender => sender.FlushAsync())).WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await FlushAsync();

    /// <summary>
    /// Serializes the message and queues it; <c>Queued</c> completes once the records waiting (for metadata or buffer
    /// room) when it came have been queued, at once when it went straight in.
    /// </summary>
    private (Delivery<TKey, TValue> Delivery, Task Queued) Accept(
        string topic, int? partition, Message<TKey, TValue> message, Action<DeliveryReport<TKey, TValue>>? handler, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = keySerializer.Serialize(message.Key);
        var value = valueSerializer.Serialize(message.Value);
        var delivery = new Delivery<TKey, TValue>(message, handler)
        {
            Size = (key?.Length ?? 0) + (value?.Length ?? 0) + RecordOverheadBytes + HeaderBytes(message.Headers),
            Timestamp = message.Timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        lock (_intakeLock)
        {
            if (_backlog.Count == 0 && TryAddNow(topic, partition, key, value, message.Headers, delivery))
            {
                return (delivery, Task.CompletedTask);
            }

            _backlog.Enqueue(new Intake(topic, partition, key, value, message.Headers, delivery, Stopwatch.GetTimestamp()));
            if (_backlogDrained.IsCompleted)
            {
                _backlogDrained = Task.Run(DrainBacklogAsync);
            }

            return (delivery, _backlogDrained);
        }
    }

    /// <summary>The bytes of <paramref name="headers"/> counted against buffer.memory; a loop, as most records have none.</summary>
    private static int HeaderBytes(IReadOnlyList<Header> headers)
    {
        var bytes = 0;
        for (var i = 0; i < headers.Count; i++)
        {
            bytes += headers[i].Key.Length + (headers[i].Value?.Length ?? 0);
        }

        return bytes;
    }

    /// <summary>The fast path: metadata cached and room in the buffer.</summary>
    private bool TryAddNow(string topic, int? partition, byte[]? key, byte[]? value, IReadOnlyList<Header> headers, RecordCompletion delivery)
    {
        var metadata = client.Metadata.TryGetCached(topic);
        if (metadata is null || !_gate.TryTake(delivery.Size))
        {
            return false;
        }

        AddToSender(topic, partition, key, value, headers, delivery, metadata.PartitionCount);
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

                AddToSender(intake.Topic, intake.Partition, intake.Key, intake.Value, intake.Headers, intake.Delivery, metadata.PartitionCount);
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

    private void AddToSender(string topic, int? chosen, byte[]? key, byte[]? value, IReadOnlyList<Header> headers, RecordCompletion delivery, int partitionCount)
    {
        // Looked up before GetOrAdd, whose factory delegate (capturing this producer) would be allocated per record.
        var senders = _topics.TryGetValue(topic, out var known) ? known : _topics.GetOrAdd(topic, name => new TopicSenders(name, NewSender));
        var partition = chosen ?? ChoosePartition(senders, key, partitionCount);
        if (partition < 0 || partition >= partitionCount)
        {
            _gate.Release(delivery.Size);
            delivery.Failed(new BrokerException(ErrorCode.UnknownTopicOrPartition, $"Topic '{topic}' has no partition {partition} (it has {partitionCount})."));
            return;
        }

        senders.Get(partition).Add(key, value, headers, delivery);
    }

    private PartitionSender NewSender(TopicPartition partition) => new(
        partition,
        client.Cluster.GetGrain<IPartitionGrain>(partition.ToGrainKey()),
        config,
        _gate,
        client.Metadata.Invalidate,
        _ids is null ? null : new PartitionSequence(_ids),
        client.GatewayLoss);

    private int ChoosePartition(TopicSenders senders, byte[]? key, int partitionCount) =>
        key is not null ? Murmur2.Partition(key, partitionCount)
        : config.Partitioner == Partitioner.Murmur2Sticky ? senders.Sticky(partitionCount)
        : senders.RoundRobin(partitionCount);

    private sealed record Intake(string Topic, int? Partition, byte[]? Key, byte[]? Value, IReadOnlyList<Header> Headers, Delivery<TKey, TValue> Delivery, long Accepted);
}
