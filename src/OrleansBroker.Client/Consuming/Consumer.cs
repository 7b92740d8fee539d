using System.Threading.Channels;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Client.Serialization;

namespace OrleansBroker.Client.Consuming;

/// <summary>
/// Consumes assigned partitions through one <see cref="PartitionFetcher{TKey, TValue}"/> each. Like a Kafka consumer,
/// call it from one thread (or one async flow) at a time; the group session changes its assignment from the
/// background, so the assignment, positions and current chunk are guarded by one lock.
/// </summary>
internal sealed partial class Consumer<TKey, TValue>(BrokerClient client, ConsumerConfig config, IDeserializer<TKey> keyDeserializer, IDeserializer<TValue> valueDeserializer)
    : IConsumer<TKey, TValue>
{
    private readonly object _lock = new();
    private readonly RecordDecoder<TKey, TValue> _decoder = new(keyDeserializer, valueDeserializer);
    private readonly Channel<FetchedChunk<TKey, TValue>> _chunks = Channel.CreateUnbounded<FetchedChunk<TKey, TValue>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<TopicPartition, PartitionFetcher<TKey, TValue>> _fetchers = [];
    private readonly Dictionary<TopicPartition, long> _positions = [];
    private FetchedChunk<TKey, TValue>? _current;
    private int _nextInChunk;

    public IReadOnlyList<TopicPartition> Assignment
    {
        get
        {
            lock (_lock)
            {
                return [.. _fetchers.Keys];
            }
        }
    }

    public async Task AssignAsync(IEnumerable<TopicPartitionOffset> partitions)
    {
        var positions = partitions.ToList();
        positions.ForEach(PartitionFetcher<TKey, TValue>.RequireStartable);
        Unassign();
        try
        {
            foreach (var position in positions)
            {
                await StartFetcherAsync(position);
            }
        }
        catch
        {
            // A partition that cannot be read fails the whole assignment, so none of it is half taken.
            Unassign();
            throw;
        }
    }

    public void Unassign() => StopFetchers(Assignment);

    public async Task SeekAsync(TopicPartitionOffset position)
    {
        PartitionFetcher<TKey, TValue>.RequireStartable(position);
        lock (_lock)
        {
            if (!_fetchers.Remove(position.TopicPartition, out var old))
            {
                throw new InvalidOperationException($"Cannot seek {position.TopicPartition}: it is not assigned.");
            }

            old.Stop();
        }

        await StartFetcherAsync(position);
    }

    public Offset Position(TopicPartition partition)
    {
        lock (_lock)
        {
            return TryGetPosition(partition, out var offset) ? offset : Offset.Unset;
        }
    }

    public ValueTask<ConsumeResult<TKey, TValue>?> ConsumeAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        TryTakeBuffered(out var result) ? new(result) : ConsumeWaitingAsync(timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await CloseGroupAsync();
        Unassign();
    }

    /// <summary>The next record already fetched, without waiting; throws the error a fetcher stopped with.</summary>
    private bool TryTakeBuffered(out ConsumeResult<TKey, TValue>? result)
    {
        lock (_lock)
        {
            ThrowIfGroupFailed();
            while (true)
            {
                if ((result = TakeFromCurrent()) is not null)
                {
                    return true;
                }

                if (!_chunks.Reader.TryRead(out var chunk))
                {
                    return false;
                }

                SetCurrent(chunk);
            }
        }
    }

    private async ValueTask<ConsumeResult<TKey, TValue>?> ConsumeWaitingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            try
            {
                await _chunks.Reader.WaitToReadAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            if (TryTakeBuffered(out var result))
            {
                return result;
            }
        }
    }

    private void SetCurrent(FetchedChunk<TKey, TValue> chunk)
    {
        _current = chunk;
        _nextInChunk = 0;
        if (chunk.Error is { } error && chunk.Fetcher.IsCurrent)
        {
            _current = null;
            throw error;
        }

        if (chunk.Fetcher.IsCurrent)
        {
            DecodeCurrent(chunk);
        }
    }

    private ConsumeResult<TKey, TValue>? TakeFromCurrent()
    {
        if (_current is not { } chunk)
        {
            return null;
        }

        if (chunk.Fetcher.IsCurrent && _nextInChunk < _currentRecords.Count)
        {
            if (_nextInChunk == _currentRecords.Count / 2)
            {
                // The next chunk may have arrived since this one was taken.
                DecodeAhead();
            }

            return _currentRecords[_nextInChunk++];
        }

        if (chunk.Fetcher.IsCurrent)
        {
            // A record that cannot be decoded (or deserialized) stops consuming there, every time, until a seek past it.
            chunk.ThrowIfDecodeFailed();
        }

        if (chunk.Fetcher.IsCurrent && _nextInChunk > 0)
        {
            _positions[chunk.Partition] = _currentRecords[_nextInChunk - 1].Offset + 1;
        }

        chunk.Fetcher.ChunkConsumed();
        _current = null;
        ReleaseCurrentRecords();
        return null;
    }

    /// <summary>
    /// A partition's position: after the record last taken from the current chunk, else as stored. Stored once per
    /// chunk rather than per record, which spares a dictionary update (hashing the topic name) per record.
    /// </summary>
    private bool TryGetPosition(TopicPartition partition, out long position)
    {
        if (_current is { } chunk && _nextInChunk > 0 && chunk.Fetcher.IsCurrent && chunk.Partition == partition)
        {
            position = _currentRecords[_nextInChunk - 1].Offset + 1;
            return true;
        }

        return _positions.TryGetValue(partition, out position);
    }

    private async Task StartFetcherAsync(TopicPartitionOffset position)
    {
        var partition = position.TopicPartition;
        var grain = client.Cluster.GetGrain<IPartitionGrain>(partition.ToGrainKey());
        var fetcher = new PartitionFetcher<TKey, TValue>(partition, grain, config, _chunks.Writer, OnPositionReset, client.GatewayLoss);
        var start = await fetcher.StartAsync(position.Offset);
        lock (_lock)
        {
            _positions[partition] = start;
            _fetchers[partition] = fetcher;
        }
    }

    /// <summary>auto.offset.reset moved a partition's position: Position shows it at once, as in Kafka.</summary>
    private void OnPositionReset(PartitionFetcher<TKey, TValue> fetcher, long position)
    {
        lock (_lock)
        {
            if (_fetchers.GetValueOrDefault(fetcher.Partition) == fetcher)
            {
                _positions[fetcher.Partition] = position;
            }
        }
    }

    private void StopFetchers(IEnumerable<TopicPartition> partitions)
    {
        lock (_lock)
        {
            foreach (var partition in partitions.ToList())
            {
                if (_fetchers.Remove(partition, out var fetcher))
                {
                    fetcher.Stop();
                }

                _positions.Remove(partition);
                _stored.Remove(partition);
            }
        }
    }
}
