using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Lock-free reads next to one writer that appends, applies retention and deletes records: every read returns whole
/// batches that pass validation, starting with the batch holding the requested offset and contiguous after it, with
/// the records written at those offsets; the only error is OffsetOutOfRange, and only for an offset that is then below
/// the log start. Offset-for-timestamp answers stay inside the readable log. All tasks start together at a barrier,
/// and each runs a bounded number of iterations once the writer is done (before that, an empty log may answer nothing for
/// as long as the first append to blob storage takes) under a time limit; nothing sleeps. The writer appends 4000 batches
/// on local disk and 1000 in blob storage, where every read of a sealed segment is a storage call that delays it.
/// </summary>
public abstract class PartitionLogConcurrencyTests(LogBackend backend, int appends) : LogTestBase(backend)
{
    private const int MinChecks = 100;
    private const int MaxIterations = 5_000_000;

    [Fact]
    public async Task Read_WhileAppendingAndDeletingSegments_SeesOnlyWholeValidContiguousBatches()
    {
        var log = Open(new LogConfig { SegmentBytes = 2048, RetentionBytes = 6144, IndexIntervalBytes = 512 });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // A guard against a hang, not a performance bound: on a busy machine the blob run takes half a minute.
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        var token = timeout.Token;
        using var start = new Barrier(5);
        var writerDone = new TaskCompletionSource();

        var writer = Task.Run(() => Write(log, appends, start, writerDone, token), token);
        Task<long>[] readers =
        [
            Task.Run(() => Follow(log, writerDone.Task, maxBytes: 1, start, token), token),
            Task.Run(() => Follow(log, writerDone.Task, maxBytes: 3000, start, token), token),
            Task.Run(() => ReadAtLogStart(log, writerDone.Task, start, token), token),
            Task.Run(() => QueryTimestamps(log, appends, writerDone.Task, start, token), token),
        ];
        await writer;
        var checkedCounts = await Task.WhenAll(readers);

        Assert.All(checkedCounts, count => Assert.True(count > 0, "A reader checked nothing."));
        Assert.True(log.LogStartOffset > 0, "Retention deleted nothing while the readers ran.");
        Assert.Equal(TestBatches.Records(log.LogStartOffset, (int)(log.LogEndOffset - log.LogStartOffset)).Select(r => (r.Offset, r.Key, r.Value)),
            log.ReadAllRecords().Select(r => (r.Offset, r.Key, r.Value)));
    }

    private static void Write(PartitionLog log, int appends, Barrier start, TaskCompletionSource done, CancellationToken token)
    {
        start.SignalAndWait(token);
        try
        {
            for (var i = 0; i < appends; i++)
            {
                log.AppendRecords(1 + (i % 4), TestBatches.StartTime + i);
                if (i % 25 == 24)
                {
                    log.ApplyRetention();
                }

                if (i % 300 == 299)
                {
                    log.DeleteRecordsBefore(log.HighWatermark - 10);
                }
            }
        }
        finally
        {
            // Readers stop on this even when the writer failed; its exception then fails the test.
            done.SetResult();
        }
    }

    /// <summary>Reads the log from its start to the end of the writer's appends, checking every record; returns how many.</summary>
    private static long Follow(PartitionLog log, Task writer, int maxBytes, Barrier start, CancellationToken token)
    {
        start.SignalAndWait(token);
        var position = log.LogStartOffset;
        var checkedRecords = 0L;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            token.ThrowIfCancellationRequested();
            if (writer.IsCompleted && position == log.LogEndOffset)
            {
                return checkedRecords;
            }

            if (TryRead(log, position, maxBytes) is not { } records)
            {
                position = log.LogStartOffset;
                continue;
            }

            checkedRecords += records.Count(record => record.Offset >= position);
            position = records.Count == 0 ? position : records[^1].Offset + 1;
        }

        throw new InvalidOperationException($"The reader at offset {position} did not reach the log end in {MaxIterations} reads.");
    }

    /// <summary>Reads at the log start over and over while the writer runs (and at least <see cref="MinChecks"/> times), where retention deletes segments under it.</summary>
    private static long ReadAtLogStart(PartitionLog log, Task writer, Barrier start, CancellationToken token)
    {
        start.SignalAndWait(token);
        var reads = 0L;
        for (var afterWriter = 0; afterWriter < MaxIterations && (reads < MinChecks || !writer.IsCompleted); afterWriter += writer.IsCompleted ? 1 : 0)
        {
            token.ThrowIfCancellationRequested();
            reads += TryRead(log, log.LogStartOffset, maxBytes: 1) is null ? 0 : 1;
        }

        return reads;
    }

    /// <summary>Asks for offsets by timestamp while the writer runs (and for at least <see cref="MinChecks"/> answers); an answer must lie in the log at or after the query.</summary>
    private static long QueryTimestamps(PartitionLog log, int appends, Task writer, Barrier start, CancellationToken token)
    {
        start.SignalAndWait(token);
        var answers = 0L;
        for (long iteration = 0, afterWriter = 0; afterWriter < MaxIterations && (answers < MinChecks || !writer.IsCompleted); iteration++, afterWriter += writer.IsCompleted ? 1 : 0)
        {
            token.ThrowIfCancellationRequested();
            var query = TestBatches.StartTime + (iteration % appends);
            if (log.OffsetForTimestamp(query) is { } found)
            {
                var end = log.HighWatermark;
                Assert.True(found.Timestamp >= query && found.Offset < end, $"OffsetForTimestamp({query}) = {found} with the high watermark at {end}.");
                answers++;
            }
        }

        return answers;
    }

    /// <summary>
    /// Reads at <paramref name="position"/> and checks the fetch: whole valid batches, the first holding the position,
    /// the rest contiguous, each record the one written at its offset. Null when the position fell below the log start.
    /// </summary>
    private static List<StoredRecord>? TryRead(PartitionLog log, long position, int maxBytes)
    {
        FetchResult fetched;
        try
        {
            fetched = log.Read(position, maxBytes);
        }
        catch (BrokerException e) when (e.Code == ErrorCode.OffsetOutOfRange)
        {
            var start = log.LogStartOffset;
            Assert.True(position < start, $"Read({position}) failed with OffsetOutOfRange while the log start is {start}.");
            return null;
        }

        var batches = LogTestExtensions.Batches(fetched.Records);
        if (batches.Count == 0)
        {
            Assert.Equal(position, fetched.HighWatermark);
            Thread.Yield();
            return [];
        }

        Assert.True(batches[0].BaseOffset <= position && position <= batches[0].LastOffset, $"Read({position}) returned a first batch of offsets {batches[0].BaseOffset}-{batches[0].LastOffset}.");
        Assert.Equal(batches.Skip(1).Select(batch => batch.BaseOffset), batches.SkipLast(1).Select(batch => batch.NextOffset));
        var records = LogTestExtensions.Records(fetched.Records);
        Assert.All(records, record => Assert.Equal((record.Offset, $"key-{record.Offset:D4}", $"value-{record.Offset:D4}"), (record.Offset, record.Key, record.Value)));
        return records;
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogConcurrencyTests(new FileBackend(), appends: 4000);

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogConcurrencyTests(new AzureBlobBackend(azurite), appends: 1000);
}
