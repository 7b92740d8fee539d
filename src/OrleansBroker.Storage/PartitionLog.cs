using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansBroker.Storage.Backends;
using OrleansBroker.Storage.Log;

namespace OrleansBroker.Storage;

/// <summary>
/// The log of one partition in one <see cref="ILogDirectory"/> (local disk or a shared store): a sequence of segments holding RecordBatch v2 batches as
/// appended, with Kafka's offsets — log start offset, log end offset, high watermark.
/// <para>
/// Thread-safety: writes (<see cref="Append(Memory{byte})"/>, <see cref="ApplyRetention"/>,
/// <see cref="DeleteRecordsBefore"/>, <see cref="Flush"/>, <see cref="UpdateConfig"/>) are serialised by an
/// internal lock; reads (<see cref="Read"/>, <see cref="OffsetForTimestamp"/> and the offset properties) take no
/// lock and run concurrently with a write. A reader sees only whole batches below the high watermark.
/// </para>
/// <para>
/// Durability: an append returns after the backend accepted the batch (one write call per group of batches): on
/// local disk the operating system has it, so it survives a kill of the process, and flush.messages / flush.ms add
/// fsync for power loss; a shared store has stored it durably.
/// </para>
/// </summary>
public sealed partial class PartitionLog : IDisposable
{
    private readonly object _writeLock = new();
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LogSegments _segments;
    private readonly LogStartOffsetCheckpoint _checkpoint;
    private LogConfig _config;
    private long _logStartOffset;
    private long _logEndOffset;
    private bool _disposed;

    private PartitionLog(ILogDirectory directory, string name, LogConfig config, TimeProvider time, ILogger logger, LogSegments segments, LogStartOffsetCheckpoint checkpoint)
    {
        Directory = directory;
        Name = name;
        _config = config;
        _time = time;
        _logger = logger;
        _segments = segments;
        _checkpoint = checkpoint;
        _logEndOffset = segments.Active.NextOffset;
        _logStartOffset = Math.Min(Math.Max(checkpoint.Read(), segments.Snapshot[0].BaseOffset), _logEndOffset);
        _lastFlushTime = NowMs();
    }

    /// <summary>Where this partition's segments are.</summary>
    public ILogDirectory Directory { get; }

    /// <summary>What error messages call this log (e.g. <c>topic-0</c>); the directory unless given.</summary>
    public string Name { get; }

    /// <summary>The settings in force.</summary>
    public LogConfig Config => Volatile.Read(ref _config);

    /// <summary>The first offset that can be read.</summary>
    public long LogStartOffset => Volatile.Read(ref _logStartOffset);

    /// <summary>The offset the next appended record will get.</summary>
    public long LogEndOffset => Volatile.Read(ref _logEndOffset);

    /// <summary>Offset after the last acknowledged record: with one replica whose storage is the durable tier, the log end offset.</summary>
    public long HighWatermark => LogEndOffset;

    /// <summary>Bytes in all segments.</summary>
    public long SizeInBytes => _segments.TotalSize;

    /// <summary>Number of segments, the active one included.</summary>
    public int SegmentCount => _segments.Snapshot.Length;

    /// <summary>Opens the log in the local <paramref name="directory"/>; see <see cref="Open(ILogDirectory, LogConfig, TimeProvider?, ILogger?, string?)"/>.</summary>
    public static PartitionLog Open(string directory, LogConfig config, TimeProvider? time = null, ILogger? logger = null, string? name = null) =>
        Open(new FileLogDirectory(directory), config, time, logger, name);

    /// <summary>
    /// Opens the log in <paramref name="directory"/>, creating it if needed. Sealed segments are trusted through
    /// their indexes; the active segment is validated from its last index entry and a torn tail is truncated.
    /// </summary>
    public static PartitionLog Open(ILogDirectory directory, LogConfig config, TimeProvider? time = null, ILogger? logger = null, string? name = null)
    {
        config.Validate();
        logger ??= NullLogger.Instance;
        var files = directory.ListFiles().ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in SegmentFiles.Orphans(files).ToArray())
        {
            directory.Delete(orphan);
            files.Remove(orphan);
            LogMessages.RemovedOrphan(logger, directory.Location, orphan);
        }

        var checkpoint = new LogStartOffsetCheckpoint(directory);
        var segments = OpenSegments(directory, files, config, checkpoint, logger);
        return new PartitionLog(directory, name ?? directory.Location, config, time ?? TimeProvider.System, logger, new LogSegments(segments), checkpoint);
    }

    /// <summary>Replaces the settings (alter configs); they apply from the next append or retention pass.</summary>
    public void UpdateConfig(LogConfig config)
    {
        config.Validate();
        lock (_writeLock)
        {
            Volatile.Write(ref _config, config);
        }
    }

    /// <summary>Forces everything appended so far to disk.</summary>
    public void Flush()
    {
        lock (_writeLock)
        {
            ThrowIfDisposed();
            FlushActive();
        }
    }

    /// <summary>Closes the files. Readers still running finish first; later calls fail.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            Volatile.Write(ref _disposed, true);
            foreach (var segment in _segments.Snapshot)
            {
                segment.Dispose();
            }
        }
    }

    private static List<LogSegment> OpenSegments(ILogDirectory directory, IReadOnlyCollection<string> files, LogConfig config, LogStartOffsetCheckpoint checkpoint, ILogger logger)
    {
        var baseOffsets = SegmentFiles.ListBaseOffsets(files);
        if (baseOffsets.Length == 0)
        {
            return [LogSegment.Create(directory, checkpoint.Read(), config.IndexIntervalBytes)];
        }

        var segments = new List<LogSegment>(baseOffsets.Length);
        try
        {
            for (var i = 0; i < baseOffsets.Length; i++)
            {
                long? next = i + 1 < baseOffsets.Length ? baseOffsets[i + 1] : null;
                segments.Add(LogSegment.Open(directory, files, baseOffsets[i], config.IndexIntervalBytes, next, logger));
            }
        }
        catch
        {
            segments.ForEach(segment => segment.Dispose());
            throw;
        }

        return segments;
    }

    private long NowMs() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
}
