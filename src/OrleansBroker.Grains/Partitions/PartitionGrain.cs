using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;
using OrleansBroker.Storage;

namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// The single writer of one partition's <see cref="PartitionLog"/>. Appends are group-committed: while one group is
/// being written (off the grain's thread), new appends queue and go out together in the next write. Fetches
/// interleave with appends and long-poll until data arrives or their wait ends. Retention runs on a grain timer.
/// </summary>
[Reentrant]
public sealed class PartitionGrain : Grain, IPartitionGrain
{
    private readonly BrokerOptions _options;
    private readonly ILocalSiloDetails _silo;
    private readonly ILogger<PartitionGrain> _logger;
    private readonly GroupCommitQueue<Memory<byte>, AppendResult> _appends;
    private TopicPartition _partition;
    private PartitionLog? _log;
    private Task<PartitionLog?>? _opening;
    private IGrainTimer? _retentionTimer;
    private TaskCompletionSource _dataArrived = NewSignal();

    /// <summary>Creates the grain; its appends go to the log in groups.</summary>
    public PartitionGrain(IOptions<BrokerOptions> options, ILocalSiloDetails silo, ILogger<PartitionGrain> logger)
    {
        _options = options.Value;
        _silo = silo;
        _logger = logger;
        _appends = new(WriteGroupAsync);
    }

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _partition = TopicPartition.ParseGrainKey(this.GetPrimaryKeyString());
        await TryOpenLogAsync();
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _appends.Drained;
        _log?.Dispose();
        _log = null;
        _dataArrived.TrySetResult();
    }

    /// <inheritdoc />
    public async Task<ProduceResponse> AppendAsync(byte[] batch)
    {
        await GetLogAsync();
        var result = await _appends.Enqueue(batch);
        return result.Error is { } error
            ? throw error
            : new ProduceResponse(result.Info.FirstOffset, result.Info.LogAppendTime, _log?.LogStartOffset ?? -1);
    }

    /// <inheritdoc />
    public async Task<FetchResponse> FetchAsync(long offset, int maxBytes, TimeSpan maxWait)
    {
        var log = await GetLogAsync();
        var result = log.Read(offset, maxBytes);
        if (result.Records.IsEmpty && maxWait > TimeSpan.Zero)
        {
            await Task.WhenAny(_dataArrived.Task, Task.Delay(maxWait));
            result = OpenLog().Read(offset, maxBytes);
        }

        return new FetchResponse(WholeArray(result.Records), result.HighWatermark, result.LogStartOffset);
    }

    /// <inheritdoc />
    public async Task<ListOffsetsResponse> ListOffsetsAsync(long timestamp)
    {
        var log = await GetLogAsync();
        var answer = timestamp switch
        {
            ListOffsetsSpec.Earliest => new ListOffsetsResponse(log.LogStartOffset, -1),
            ListOffsetsSpec.Latest => new ListOffsetsResponse(log.HighWatermark, -1),
            _ when timestamp < 0 => throw new BrokerException(ErrorCode.InvalidRequest, $"Timestamp {timestamp} is not a valid list-offsets query: use -1 (latest), -2 (earliest) or a time in ms."),
            _ => log.OffsetForTimestamp(timestamp) is { } found
                ? new ListOffsetsResponse(found.Offset, found.Timestamp)
                : new ListOffsetsResponse(log.HighWatermark, -1),
        };
        return answer;
    }

    /// <inheritdoc />
    public async Task<PartitionState> GetStateAsync()
    {
        var log = await GetLogAsync();
        return new PartitionState(log.LogStartOffset, log.HighWatermark, log.SizeInBytes, _silo.SiloAddress.ToParsableString());
    }

    /// <inheritdoc />
    public async Task<long> DeleteRecordsBeforeAsync(long offset) => (await GetLogAsync()).DeleteRecordsBefore(offset);

    /// <inheritdoc />
    public Task ReconfigureAsync(TopicMetadata metadata)
    {
        _log?.UpdateConfig(TopicLogConfig.Create(_options, metadata.Configs));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DeleteDataAsync()
    {
        await _appends.Drained;
        _log?.Dispose();
        _log = null;
        PartitionDirectory.Delete(_options.PartitionDirectory(_partition.Topic, _partition.Partition));
        _dataArrived.TrySetResult();
        DeactivateOnIdle();
    }

    /// <summary>The log's read buffer itself when the records fill it (the usual case), else a copy.</summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> records) =>
        MemoryMarshal.TryGetArray(records, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : records.ToArray();

    private PartitionLog OpenLog() => _log ?? throw UnknownPartition();

    /// <summary>The open log; opens it first if the topic has come to exist since activation.</summary>
    private async ValueTask<PartitionLog> GetLogAsync()
    {
        if (_log is { } log)
        {
            return log;
        }

        // One opening at a time: calls interleave, and the log must be opened once.
        _opening ??= TryOpenLogAsync();
        var opened = await _opening;
        _opening = null;
        return opened ?? throw UnknownPartition();
    }

    /// <summary>Opens the log if the topic exists and has this partition; null otherwise.</summary>
    private async Task<PartitionLog?> TryOpenLogAsync()
    {
        var metadata = await GrainFactory.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key).GetTopicAsync(_partition.Topic);
        if (_log is not null || metadata is null || _partition.Partition >= metadata.PartitionCount)
        {
            return _log;
        }

        var directory = _options.PartitionDirectory(_partition.Topic, _partition.Partition);
        PartitionDirectory.Claim(directory, metadata.TopicId);
        _log = PartitionLog.Open(directory, TopicLogConfig.Create(_options, metadata.Configs), logger: _logger, name: _partition.ToString());
        var interval = TimeSpan.FromMilliseconds(_options.LogRetentionCheckIntervalMs);
        _retentionTimer ??= this.RegisterGrainTimer(ApplyRetentionAsync, new GrainTimerCreationOptions(interval, interval) { Interleave = true, KeepAlive = false });
        return _log;
    }

    private BrokerException UnknownPartition() =>
        new(ErrorCode.UnknownTopicOrPartition, $"This server does not host this topic-partition: {_partition}.");

    /// <summary>Writes one group of appends off the grain's thread, then wakes the fetches waiting for data.</summary>
    private async Task<AppendResult[]> WriteGroupAsync(Memory<byte>[] batches)
    {
        try
        {
            var log = OpenLog();
            return await Task.Run(() => log.Append(batches));
        }
        finally
        {
            var arrived = _dataArrived;
            _dataArrived = NewSignal();
            arrived.TrySetResult();
        }
    }

    private Task ApplyRetentionAsync(CancellationToken cancellationToken)
    {
        _log?.ApplyRetention();
        return Task.CompletedTask;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
