using OrleansBroker.Records;
using OrleansBroker.Storage.Log;

namespace OrleansBroker.Storage;

/// <summary>Appending: validate, assign offsets, roll segments, write a group with one call, apply the flush policy.</summary>
public sealed partial class PartitionLog
{
    private long _unflushedMessages;
    private long _lastFlushTime;

    /// <summary>
    /// Validates and appends one batch. The log writes the base offset (and, under log-append time, the
    /// timestamp) into <paramref name="batch"/> itself. An invalid batch throws <see cref="InvalidRecordBatchException"/>
    /// and changes nothing.
    /// </summary>
    public AppendInfo Append(Memory<byte> batch)
    {
        var result = Append([batch])[0];
        return result.Error is null ? result.Info : throw result.Error;
    }

    /// <summary>
    /// Group commit: validates each batch on its own, then writes all the valid ones, in order, with one write
    /// call per segment touched. Each result says where its batch landed or why it was rejected; a rejected
    /// batch takes no offsets and leaves no bytes.
    /// </summary>
    public AppendResult[] Append(IReadOnlyList<Memory<byte>> batches)
    {
        var results = new AppendResult[batches.Count];
        var validated = new ValidatedBatch?[batches.Count];
        var maxBytes = Config.MaxMessageBytes;
        for (var i = 0; i < batches.Count; i++)
        {
            try
            {
                var batch = RecordBatchValidator.Validate(batches[i].Span, maxBytes);
                RecordBatchValidator.EnsureProducible(batch.Header);
                validated[i] = batch;
            }
            catch (InvalidRecordBatchException e)
            {
                results[i] = new AppendResult(default, e);
            }
        }

        lock (_writeLock)
        {
            ThrowIfDisposed();
            AppendValid(batches, validated, results);
        }

        return results;
    }

    private void AppendValid(IReadOnlyList<Memory<byte>> batches, ValidatedBatch?[] validated, AppendResult[] results)
    {
        var config = Config;
        var now = NowMs();
        var group = new AppendGroup();
        RollIfAged(config, now);
        for (var i = 0; i < batches.Count; i++)
        {
            if (validated[i] is not { } batch)
            {
                continue;
            }

            var offset = LogEndOffset + group.RecordCount;
            if (NeedsRoll(config, group, batch.Header, offset))
            {
                if (TryWrite(group, results) is { } error)
                {
                    FailRemaining(validated, results, i, error);
                    return;
                }

                Roll(config);
                offset = LogEndOffset;
            }

            var memory = batches[i];
            results[i] = new AppendResult(Stamp(memory.Span, batch, offset, config.TimestampType, now), null);
            group.Add(i, memory, results[i].Info, batch.Header.SizeInBytes);
        }

        if (TryWrite(group, results) is null)
        {
            ApplyFlushPolicy(config, now);
        }
    }

    private static void FailRemaining(ValidatedBatch?[] validated, AppendResult[] results, int from, BrokerException error)
    {
        for (var i = from; i < validated.Length; i++)
        {
            if (validated[i] is not null)
            {
                results[i] = new AppendResult(default, error);
            }
        }
    }

    private static AppendInfo Stamp(Span<byte> batch, ValidatedBatch validated, long baseOffset, TimestampType timestampType, long now)
    {
        RecordBatchStamp.SetBaseOffset(batch, baseOffset);
        var lastOffset = baseOffset + validated.Header.LastOffsetDelta;
        if (timestampType == TimestampType.LogAppendTime)
        {
            RecordBatchStamp.SetMaxTimestamp(batch, TimestampType.LogAppendTime, now);
            return new AppendInfo(baseOffset, lastOffset, now, now);
        }

        // Like Kafka, keep the header honest: the time index and retention trust the max timestamp.
        if (validated.Header.MaxTimestamp != validated.LargestRecordTimestamp || validated.Header.TimestampType != TimestampType.CreateTime)
        {
            RecordBatchStamp.SetMaxTimestamp(batch, TimestampType.CreateTime, validated.LargestRecordTimestamp);
        }

        return new AppendInfo(baseOffset, lastOffset, -1, validated.LargestRecordTimestamp);
    }

    private bool NeedsRoll(LogConfig config, AppendGroup group, in RecordBatchHeader header, long offset)
    {
        var active = _segments.Active;
        var bytesBefore = active.Size + group.Bytes;
        return bytesBefore > 0
            && (bytesBefore + header.SizeInBytes > config.SegmentBytes
                || offset + header.LastOffsetDelta - active.BaseOffset > int.MaxValue
                || !active.HasRoomFor(group.Bytes + header.SizeInBytes));
    }

    private void RollIfAged(LogConfig config, long now)
    {
        var active = _segments.Active;
        if (active.Size > 0 && now - active.RollTimestamp >= config.SegmentMs)
        {
            Roll(config);
        }
    }

    private void Roll(LogConfig config)
    {
        var sealedSegment = _segments.Active;
        sealedSegment.OnRolled();
        if (config.FlushMessages != long.MaxValue || config.FlushMs != long.MaxValue)
        {
            sealedSegment.Flush();
        }

        _segments.Add(LogSegment.Create(Directory, LogEndOffset, config.IndexIntervalBytes));
    }

    /// <summary>Writes the group to the active segment and publishes it; on an I/O failure fails the group's batches and returns the error.</summary>
    private BrokerException? TryWrite(AppendGroup group, AppendResult[] results)
    {
        if (group.Count == 0)
        {
            return null;
        }

        try
        {
            _segments.Active.Append(group.Batches, group.Placements);
        }
        catch (IOException e)
        {
            var error = new BrokerException(ErrorCode.KafkaStorageError, $"Writing to partition {Name} failed: {e.Message}", e);
            foreach (var index in group.ResultIndexes)
            {
                results[index] = new AppendResult(default, error);
            }

            group.Clear();
            return error;
        }

        Volatile.Write(ref _logEndOffset, _segments.Active.NextOffset);
        _unflushedMessages += group.RecordCount;
        group.Clear();
        return null;
    }

    private void ApplyFlushPolicy(LogConfig config, long now)
    {
        if (_unflushedMessages >= config.FlushMessages || now - _lastFlushTime >= config.FlushMs)
        {
            FlushActive();
        }
    }

    private void FlushActive()
    {
        _segments.Active.Flush();
        _unflushedMessages = 0;
        _lastFlushTime = NowMs();
    }
}
