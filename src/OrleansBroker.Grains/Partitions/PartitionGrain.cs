using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Grains.Telemetry;
using OrleansBroker.Records;
using OrleansBroker.Storage;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// The single writer of one partition's <see cref="PartitionLog"/>. Appends are group-committed: while one group is
/// being written, new appends queue and go out together in the next write. Fetches interleave with appends and
/// long-poll until data arrives or their wait ends. Retention runs on a grain timer. Every storage call (open,
/// write, read, retention) runs off the grain's thread, as the log may be on a remote store.
/// Idempotent producers' batches are checked against their sequences before each group is written
/// (<see cref="GroupAppendPlan"/>): a resent batch is acknowledged with its original offset and not stored twice.
/// </summary>
[Reentrant]
public sealed class PartitionGrain : Grain, IPartitionGrain
{
    /// <summary>
    /// Bytes of the log's tail whose batch headers rebuild the idempotent producers on opening: well beyond what
    /// producers can have in flight (an SDK producer one batch of up to 1 MB per partition), read a chunk at a time.
    /// </summary>
    private const long ProducerStateScanBytes = 16 * 1024 * 1024;

    private readonly BrokerOptions _options;
    private readonly ILogStorage _storage;
    private readonly ILocalSiloDetails _silo;
    private readonly ILogger<PartitionGrain> _logger;
    private readonly BrokerMetrics _brokerMetrics;
    private readonly GroupCommitQueue<Memory<byte>, BatchOutcome> _appends;
    private TopicPartition _partition;
    private PartitionLog? _log;
    private ProducerStates _producers = new();
    private Task<PartitionLog?>? _opening;
    private IGrainTimer? _retentionTimer;
    private TaskCompletionSource _dataArrived = NewSignal();
    private PartitionMetrics? _metrics;

    /// <summary>Creates the grain; its appends go to the log in groups.</summary>
    public PartitionGrain(IOptions<BrokerOptions> options, ILogStorage storage, BrokerMetrics metrics, ILocalSiloDetails silo, ILogger<PartitionGrain> logger)
    {
        _brokerMetrics = metrics;
        _options = options.Value;
        _storage = storage;
        _silo = silo;
        _logger = logger;
        _appends = new(WriteGroupAsync);
    }

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _partition = TopicPartition.ParseGrainKey(this.GetPrimaryKeyString());
        try
        {
            await TryOpenLogAsync();
        }
        catch (BrokerException e) when (e.Code == ErrorCode.KafkaStorageError)
        {
            // Storage is down: activate anyway, so each call tries to open the log again and gets a retriable error.
            PartitionLogMessages.OpenFailed(_logger, _partition.ToString(), e.Message);
        }

        // Tracked last, so an activation that fails leaves no registration behind.
        _metrics = _brokerMetrics.TrackPartition(_partition.Topic, () => _log is not null);
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _appends.Drained;
        _log?.Dispose();
        _log = null;
        _metrics?.Dispose();
        _dataArrived.TrySetResult();
    }

    /// <inheritdoc />
    public async Task<ProduceResponse> AppendAsync(byte[] batch)
    {
        var started = Stopwatch.GetTimestamp();
        await GetLogAsync();
        var result = await _appends.Enqueue(batch);
        if (result.Error is { } error)
        {
            throw error;
        }

        if (!result.Resend)
        {
            _metrics?.Produced(batch, Stopwatch.GetElapsedTime(started));
        }

        return new ProduceResponse(result.Info.FirstOffset, result.Info.LogAppendTime, _log?.LogStartOffset ?? -1);
    }

    /// <inheritdoc />
    public async Task<FetchResponse> FetchAsync(long offset, int maxBytes, TimeSpan maxWait)
    {
        var started = Stopwatch.GetTimestamp();
        var log = await GetLogAsync();
        var result = await ReadAsync(log, offset, maxBytes);
        if (result.Records.IsEmpty && maxWait > TimeSpan.Zero)
        {
            await Task.WhenAny(_dataArrived.Task, Task.Delay(maxWait));
            result = await ReadAsync(OpenLog(), offset, maxBytes);
        }

        _metrics?.Fetched(result.Records.Span, Stopwatch.GetElapsedTime(started));
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
            _ => await OffThreadAsync(() => log.OffsetForTimestamp(timestamp)) is { } found
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
    public async Task<long> DeleteRecordsBeforeAsync(long offset)
    {
        var log = await GetLogAsync();
        return await StorageCalls.RunAsync(_partition, "Deleting records of", () => log.DeleteRecordsBefore(offset));
    }

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
        var directory = _storage.Partition(_partition.Topic, _partition.Partition);
        await Task.Run(directory.DeleteAll);
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
        try
        {
            return await _opening ?? throw UnknownPartition();
        }
        finally
        {
            // A failed opening (storage down) is tried again by the next call.
            _opening = null;
        }
    }

    /// <summary>Opens the log if the topic exists and has this partition; null otherwise.</summary>
    private async Task<PartitionLog?> TryOpenLogAsync()
    {
        var metadata = await GrainFactory.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key).GetTopicAsync(_partition.Topic);
        if (_log is not null || metadata is null || _partition.Partition < 0 || _partition.Partition >= metadata.PartitionCount)
        {
            return _log;
        }

        var directory = _storage.Partition(_partition.Topic, _partition.Partition);
        var config = TopicLogConfig.Create(_options, metadata.Configs);
        (_log, _producers) = await StorageCalls.RunAsync(_partition, "Opening the log of", () =>
        {
            PartitionDirectory.Claim(directory, metadata.TopicId);
            var log = PartitionLog.Open(directory, config, logger: _logger, name: _partition.ToString());
            return (log, RebuildProducers(log));
        });
        var interval = TimeSpan.FromMilliseconds(_options.LogRetentionCheckIntervalMs);
        _retentionTimer ??= this.RegisterGrainTimer(ApplyRetentionAsync, new GrainTimerCreationOptions(interval, interval) { Interleave = true, KeepAlive = false });
        return _log;
    }

    private BrokerException UnknownPartition() => StorageCalls.UnknownPartition(_partition);

    /// <summary>
    /// The idempotent producers of the log's tail. A tail that cannot be read (a damaged segment) must not keep the
    /// partition from opening: its producers then start unknown, as expired ones do.
    /// </summary>
    private ProducerStates RebuildProducers(PartitionLog log)
    {
        try
        {
            return ProducerStates.Rebuild(log.ReadTailHeaders(ProducerStateScanBytes), NowMs());
        }
        catch (BrokerException e)
        {
            PartitionLogMessages.ProducersNotRebuilt(_logger, _partition.ToString(), e.Message);
            return new ProducerStates();
        }
    }

    /// <summary>Judges one group of appends, writes what it must off the grain's thread, then wakes the fetches waiting for data.</summary>
    private async Task<BatchOutcome[]> WriteGroupAsync(Memory<byte>[] batches)
    {
        try
        {
            var log = OpenLog();
            var plan = GroupAppendPlan.Create(_producers, batches, _partition.ToString());
            AppendResult[] results = plan.ToWrite.Count == 0 ? [] : await AppendOffThreadAsync(log, plan.ToWrite);
            if (results.Any(result => result.Error?.InnerException is LogFencedException))
            {
                // Another activation owns the log now (after a failover): this one must stop serving it.
                DeactivateOnIdle();
            }
            else if (results.FirstOrDefault(result => result.Error?.Code == ErrorCode.KafkaStorageError).Error is { } failed)
            {
                // The write's outcome is unknown (part of it may be stored): the next activation reopens the log
                // and recovers its tail from storage, rather than this one appending after a tail it cannot trust.
                PartitionLogMessages.WriteFailed(_logger, _partition.ToString(), failed.Message);
                DeactivateOnIdle();
            }

            return plan.Complete(results, NowMs());
        }
        finally
        {
            var arrived = _dataArrived;
            _dataArrived = NewSignal();
            arrived.TrySetResult();
        }
    }

    /// <summary>Appends a group; a failure other than the log's own errors (storage unreachable) fails every batch of it with KAFKA_STORAGE_ERROR.</summary>
    private async Task<AppendResult[]> AppendOffThreadAsync(PartitionLog log, IReadOnlyList<Memory<byte>> batches)
    {
        try
        {
            return await StorageCalls.RunAsync(_partition, "Writing to", () => log.Append(batches));
        }
        catch (BrokerException e) when (e.Code == ErrorCode.KafkaStorageError)
        {
            return [.. batches.Select(_ => new AppendResult(default, e))];
        }
    }

    /// <summary>Deletes what retention allows, and forgets producers idle past producer.id.expiration.ms.</summary>
    private Task ApplyRetentionAsync(CancellationToken cancellationToken)
    {
        _producers.ExpireIdle(NowMs(), _options.ProducerIdExpirationMs);
        return _log is { } log ? Task.Run(log.ApplyRetention, cancellationToken) : Task.CompletedTask;
    }

    private static long NowMs() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>
    /// Reads off the grain's thread: storage I/O (a page-cache miss on disk, a range request to blob storage) must
    /// not hold up the calls interleaved on this activation.
    /// </summary>
    private Task<FetchResult> ReadAsync(PartitionLog log, long offset, int maxBytes) => OffThreadAsync(() => log.Read(offset, maxBytes));

    /// <summary>
    /// Runs log work on the thread pool (<see cref="StorageCalls"/>). The grain is reentrant, so the log may be closed
    /// under a call still running (its topic deleted, or the activation deactivating): that caller gets
    /// UNKNOWN_TOPIC_OR_PARTITION, which Kafka clients and the SDK answer by refreshing metadata.
    /// </summary>
    private Task<T> OffThreadAsync<T>(Func<T> work) => StorageCalls.RunAsync(_partition, "Reading", work);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
