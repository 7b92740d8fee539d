using System.Threading.Channels;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Consuming;

/// <summary>
/// Fetches one partition ahead of the consumer: long-polls the partition grain and queues what arrives undecoded,
/// with at most prefetch-chunks waiting. Applies auto.offset.reset when its position is out of range. Stopped by
/// <see cref="Stop"/> (an assignment change or a seek), after which whatever it queued is ignored.
/// </summary>
internal sealed class PartitionFetcher<TKey, TValue>
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);
    private readonly IPartitionGrain _grain;
    private readonly ConsumerConfig _config;
    private readonly ChannelWriter<FetchedChunk<TKey, TValue>> _output;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<PartitionFetcher<TKey, TValue>, long> _positionReset;
    private readonly GatewayLossSignal _gatewayLoss;

    public PartitionFetcher(
        TopicPartition partition, IPartitionGrain grain, ConsumerConfig config,
        ChannelWriter<FetchedChunk<TKey, TValue>> output, Action<PartitionFetcher<TKey, TValue>, long> positionReset, GatewayLossSignal gatewayLoss)
    {
        _gatewayLoss = gatewayLoss;
        _positionReset = positionReset;
        Partition = partition;
        _grain = grain;
        _config = config;
        _output = output;
        _slots = new SemaphoreSlim(Math.Max(1, config.PrefetchChunks));
    }

    /// <summary>The partition fetched.</summary>
    public TopicPartition Partition { get; }

    /// <summary>False once stopped; chunks from a stopped fetcher are dropped.</summary>
    public bool IsCurrent => !_stop.IsCancellationRequested;

    /// <summary>Resolves <paramref name="start"/> to an offset, then fetches from it in the background; returns the offset.</summary>
    public async Task<long> StartAsync(Offset start)
    {
        var position = await ResolveAsync(start);
        _ = Task.Run(() => RunAsync(position, _stop.Token));
        return position;
    }

    /// <summary>Called when the consumer has finished a chunk, making room for another.</summary>
    public void ChunkConsumed() => _slots.Release();

    /// <summary>Stops fetching.</summary>
    public void Stop() => _stop.Cancel();

    private async Task RunAsync(long position, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                position = await FetchOnceAsync(position, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (BrokerException e)
        {
            await _output.WriteAsync(new FetchedChunk<TKey, TValue>(this, [], position, e), CancellationToken.None);
        }
    }

    private async Task<long> FetchOnceAsync(long position, CancellationToken stop)
    {
        FetchResponse response;
        try
        {
            // A fetch through a gateway that has just gone is given up at once and sent again (fetches are safe to repeat).
            response = await _grain.FetchAsync(position, _config.MaxPartitionFetchBytes, TimeSpan.FromMilliseconds(_config.FetchMaxWaitMs)).WaitAsync(_gatewayLoss.Token);
        }
        catch (BrokerException e) when (e.Code == ErrorCode.OffsetOutOfRange && _config.AutoOffsetReset != AutoOffsetReset.Error)
        {
            var reset = await ResolveAsync(_config.AutoOffsetReset == AutoOffsetReset.Earliest ? Offset.Beginning : Offset.End);
            _positionReset(this, reset);
            return reset;
        }
        catch (Exception e) when (e is not BrokerException && !stop.IsCancellationRequested)
        {
            // The partition's silo may be failing over: try again shortly.
            await Task.Delay(RetryDelay, stop);
            return position;
        }

        if (response.Records.Length == 0)
        {
            return position;
        }

        var next = RecordDecoder<TKey, TValue>.NextOffset(response.Records, position);
        if (next > position)
        {
            await _slots.WaitAsync(stop);
            await _output.WriteAsync(new FetchedChunk<TKey, TValue>(this, response.Records, position, null), stop);
        }

        return next;
    }

    private async Task<long> ResolveAsync(Offset offset) => offset.Value switch
    {
        >= 0 => offset.Value,
        -2 => (await _grain.ListOffsetsAsync(ListOffsetsSpec.Earliest)).Offset,
        -1 => (await _grain.ListOffsetsAsync(ListOffsetsSpec.Latest)).Offset,
        _ => throw InvalidStart(new TopicPartitionOffset(Partition, offset)),
    };

    /// <summary>Throws for a position no fetcher can start at (a negative offset other than Beginning and End), before anything changes.</summary>
    public static void RequireStartable(TopicPartitionOffset position)
    {
        if (position.Offset.Value is < 0 and not (-1 or -2))
        {
            throw InvalidStart(position);
        }
    }

    private static BrokerException InvalidStart(TopicPartitionOffset position) =>
        new(ErrorCode.InvalidRequest, $"Cannot start reading {position.TopicPartition} at offset {position.Offset.Value}: an offset is 0 or more, Offset.Beginning (-2) or Offset.End (-1).");
}
