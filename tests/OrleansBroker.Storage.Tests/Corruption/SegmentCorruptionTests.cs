using System.Buffers.Binary;
using OrleansBroker.Records;

namespace OrleansBroker.Storage.Tests.Corruption;

/// <summary>
/// Data damaged on disk while the log was closed. The log has nine four-record batches, three per segment (sealed
/// segments 0 and 12, active segment 24), batch i at timestamp start + i, and index.interval.bytes 0 so every batch
/// after a segment's first is indexed. A byte flipped in a sealed segment's batch (in each header field the reads
/// rely on, and in the records) is never served: reads return the intact batches before it, a read starting at it
/// fails with KAFKA_STORAGE_ERROR naming the partition, file, byte and offset, logged once as an error; offsets past
/// it stay readable and appends go on. A sealed segment cut short is kept as it is (nothing truncated) and reported;
/// a torn or damaged active segment is truncated to its valid prefix with a warning saying what was dropped.
/// </summary>
public abstract class SegmentCorruptionTests(LogBackend backend) : LogTestBase(backend)
{
    private static readonly int BatchSize = TestBatches.Size(4);

    public static TheoryData<string, int, byte> SealedBatchFlips => new()
    {
        { "base offset", RecordBatchLayout.BaseOffset + 7, 0xFF },
        { "batch length", RecordBatchLayout.BatchLength + 3, 0x01 },
        { "magic", RecordBatchLayout.Magic, 0x01 },
        { "crc", RecordBatchLayout.Crc + 2, 0xFF },
        { "last offset delta", RecordBatchLayout.LastOffsetDelta + 3, 0xFF },
        { "record value", BatchSize / 2, 0x20 },
        { "last byte", BatchSize - 1, 0x01 },
    };

    [Theory]
    [MemberData(nameof(SealedBatchFlips))]
    public void Read_ByteFlippedInASealedSegment_ServesTheBatchesAroundItAndReportsItOnce(string field, int at, byte mask)
    {
        var config = WriteLogAndClose();
        var damaged = Damage(SegmentFile(0, ".log"), BatchSize + at, mask);

        var log = Open(config);

        Assert.Empty(Logger.Events);
        Assert.Equal(36L, log.LogEndOffset);
        Assert.Equal(BatchRecords(0), LogTestExtensions.Records(log.Read(0, int.MaxValue).Records));
        var problem = ExpectedProblem(field, damaged);
        Assert.Equal(ReadError(4, 0, BatchSize, 4, problem), AssertStorageError(() => log.Read(4, int.MaxValue)));
        Assert.Equal(ReadError(6, 0, BatchSize, 4, problem), AssertStorageError(() => log.Read(6, 1)));
        Assert.Equal(
            $"Partition {Location} cannot look up timestamp {TestBatches.StartTime + 1}: {Corruption(0, BatchSize, 4, problem)}.",
            AssertStorageError(() => log.OffsetForTimestamp(TestBatches.StartTime + 1)));
        Assert.Equal(new TimestampOffset(TestBatches.StartTime, 0), log.OffsetForTimestamp(TestBatches.StartTime));
        Assert.Equal(Enumerable.Range(2, 7).SelectMany(BatchRecords), log.ReadAllRecords(from: 8));
        Assert.Equal([CorruptSegmentLog(0, BatchSize, 4, problem)], Logger.Messages);

        Assert.Equal(new AppendInfo(36, 39, -1, TestBatches.StartTime + 9), log.AppendRecords(4, TestBatches.StartTime + 9));
        Assert.Equal(TestBatches.Records(36, 4, TestBatches.StartTime + 9), log.ReadAllRecords(from: 36));
        Assert.Equal(damaged, ReadFile(SegmentFile(0, ".log")));
    }

    [Theory]
    [MemberData(nameof(SealedBatchFlips))]
    public void Open_DamagedSealedSegmentWithoutIndexes_RebuildsThemReportsTheDamageAndTruncatesNothing(string field, int at, byte mask)
    {
        var config = WriteLogAndClose();
        var damaged = Damage(SegmentFile(0, ".log"), BatchSize + at, mask);
        LogDirectory.Delete(SegmentFile(0, ".index"));
        LogDirectory.Delete(SegmentFile(0, ".timeindex"));

        var log = Open(config);

        var scanProblem = field switch
        {
            "base offset" => $"a batch at byte {BatchSize} with base offset 251 where 4 was expected",
            "magic" => $"a torn batch at byte {BatchSize}",
            _ => $"an invalid batch at byte {BatchSize}: {ValidationMessage(damaged.AsSpan(BatchSize, 2 * BatchSize))}",
        };
        Assert.Equal(
            [
                $"Warning: Segment {SegmentPath(0)}: indexes missing or corrupt; rebuilding them by scanning the segment.",
                $"Error: Segment {SegmentPath(0)} is sealed but damaged: {scanProblem}. Its intact batches end at byte {BatchSize} and offset 4 (the next segment starts at offset 12); it is kept as it is, nothing truncated, and reads that reach the damage fail with KAFKA_STORAGE_ERROR.",
            ],
            Logger.Messages);
        Assert.Equal(damaged, ReadFile(SegmentFile(0, ".log")));
        Assert.Equal(36L, log.LogEndOffset);
        Assert.Equal(BatchRecords(0), LogTestExtensions.Records(log.Read(0, int.MaxValue).Records));
        Assert.Equal(ReadError(4, 0, BatchSize, 4, ExpectedProblem(field, damaged)), AssertStorageError(() => log.Read(4, int.MaxValue)));
        Assert.Equal(Enumerable.Range(3, 6).SelectMany(BatchRecords), log.ReadAllRecords(from: 12));
        Assert.Equal(2, Logger.Messages.Count);

        log = Reopen(log);
        Assert.Empty(Logger.Events);
        Assert.Equal(ReadError(4, 0, BatchSize, 4, ExpectedProblem(field, damaged)), AssertStorageError(() => log.Read(4, int.MaxValue)));
        Assert.Equal([CorruptSegmentLog(0, BatchSize, 4, ExpectedProblem(field, damaged))], Logger.Messages);
    }

    public static TheoryData<int, int, string?, long, string> SealedSegmentCuts => new()
    {
        // Cut to | intact records of segment 12 | what opening logs (null: nothing) | first offset lost | what reading it says
        { 0, 0, "its batches end at offset 12, but the next segment starts at offset 24", 12, "the segment ends there, but it should hold offsets up to 23" },
        { BatchSize + 10, 4, $"a torn batch at byte {BatchSize}", 16, BatchIntegrityNotABatch },
        { 2 * BatchSize, 8, "its batches end at offset 20, but the next segment starts at offset 24", 20, "the segment ends there, but it should hold offsets up to 23" },
        { (2 * BatchSize) + 70, 8, null, 20, BatchIntegrityNotABatch },
    };

    [Theory]
    [MemberData(nameof(SealedSegmentCuts))]
    public void Open_SealedSegmentCutShort_KeepsItReportsTheLossAndServesTheRest(int cutTo, int intact, string? openProblem, long firstLost, string readProblem)
    {
        var config = WriteLogAndClose();
        var cut = ReadFile(SegmentFile(12, ".log"))[..cutTo];
        WriteFile(SegmentFile(12, ".log"), cut);

        var log = Open(config);

        var lostAt = (firstLost - 12) / 4 * BatchSize;
        List<string> expectedLog = openProblem is null
            ? [CorruptSegmentLog(12, lostAt, firstLost, readProblem)]
            : [
                $"Warning: Segment {SegmentPath(12)}: indexes missing or corrupt; rebuilding them by scanning the segment.",
                $"Error: Segment {SegmentPath(12)} is sealed but damaged: {openProblem}. Its intact batches end at byte {lostAt} and offset {firstLost} (the next segment starts at offset 24); it is kept as it is, nothing truncated, and reads that reach the damage fail with KAFKA_STORAGE_ERROR.",
            ];
        Assert.Equal(36L, log.LogEndOffset);
        Assert.Equal(Enumerable.Range(3, intact / 4).SelectMany(BatchRecords), RecordsBetween(log, 12, firstLost));
        Assert.Equal(ReadError(firstLost, 12, lostAt, firstLost, readProblem), AssertStorageError(() => log.Read(firstLost, int.MaxValue)));
        Assert.Equal(Enumerable.Range(0, 3).SelectMany(BatchRecords), RecordsBetween(log, 0, 12));
        Assert.Equal(Enumerable.Range(6, 3).SelectMany(BatchRecords), log.ReadAllRecords(from: 24));
        Assert.Equal(expectedLog, Logger.Messages);
        Assert.Equal(cut, ReadFile(SegmentFile(12, ".log")));
        Assert.Equal(new AppendInfo(36, 39, -1, TestBatches.StartTime), log.AppendRecords(4));
    }

    [Fact]
    public void Read_ByteFlippedInTheActiveSegmentBeforeItsRecoveryPoint_IsReportedNotServed()
    {
        var config = WriteLogAndClose();
        var damaged = Damage(SegmentFile(24, ".log"), BatchSize + (BatchSize / 2), 0x20);

        var log = Open(config);

        Assert.Empty(Logger.Events);
        Assert.Equal(BatchRecords(6), LogTestExtensions.Records(log.Read(24, int.MaxValue).Records));
        var problem = ExpectedProblem("record value", damaged);
        Assert.Equal(ReadError(28, 24, BatchSize, 28, problem), AssertStorageError(() => log.Read(28, int.MaxValue)));
        Assert.Equal(BatchRecords(8), log.ReadAllRecords(from: 32));
        Assert.Equal([CorruptSegmentLog(24, BatchSize, 28, problem)], Logger.Messages);
    }

    [Theory]
    [InlineData("cut inside the last batch")]
    [InlineData("garbage after the last batch")]
    [InlineData("a byte flipped in the last batch")]
    public void Open_DamagedActiveTail_TruncatesToTheValidPrefixAndSaysWhatItDropped(string damage)
    {
        var config = WriteLogAndClose();
        var active = ReadFile(SegmentFile(24, ".log"));
        var flipped = Flipped(active, (2 * BatchSize) + 100, 0x04);
        var (content, problem, keptEnd) = damage switch
        {
            "cut inside the last batch" => (active[..^7], $"a torn batch at byte {2 * BatchSize}", 32L),
            "garbage after the last batch" => ([.. active, .. new byte[] { 0, 0, 0, 9 }], $"a torn batch at byte {3 * BatchSize}", 36L),
            _ => (flipped, $"an invalid batch at byte {2 * BatchSize}: {ValidationMessage(flipped.AsSpan(2 * BatchSize))}", 32L),
        };
        WriteFile(SegmentFile(24, ".log"), content);

        var log = Open(config);

        // The last batch is indexed: when it is the damaged one, recovery distrusts the indexes and scans the whole segment.
        var validEnd = (keptEnd - 24) / 4 * BatchSize;
        var truncated = $"Warning: Segment {SegmentPath(24)}: truncated at byte {validEnd}, dropping {content.Length - validEnd} bytes after {problem}; offsets below {keptEnd} are kept.";
        Assert.Equal(
            keptEnd == 36 ? [truncated] : [$"Warning: Segment {SegmentPath(24)}: indexes missing or corrupt; rebuilding them by scanning the segment.", truncated],
            Logger.Messages);
        Assert.Equal(keptEnd, log.LogEndOffset);
        Assert.Equal(Enumerable.Range(0, (int)keptEnd / 4).SelectMany(BatchRecords), log.ReadAllRecords());
        Assert.Equal(active[..(int)validEnd], ReadFile(SegmentFile(24, ".log")));
        Assert.Equal(new AppendInfo(keptEnd, keptEnd + 3, -1, TestBatches.StartTime), log.AppendRecords(4));
    }

    /// <summary>What <see cref="Log.BatchIntegrity.NotABatch"/> says: a scan found no whole batch where one should start.</summary>
    private const string BatchIntegrityNotABatch = "bytes that are not a whole batch: cut short, a wrong magic or a length past the segment's end";

    private string Location => LogDirectory.Location;

    /// <summary>Writes the nine batches, closes the log and returns its config.</summary>
    private LogConfig WriteLogAndClose()
    {
        var log = Open(new LogConfig { SegmentBytes = 3 * BatchSize, IndexIntervalBytes = 0 });
        for (var i = 0; i < 9; i++)
        {
            log.AppendRecords(4, TestBatches.StartTime + i);
        }

        log.Dispose();
        Assert.Equal([SegmentFile(0, ".log"), SegmentFile(12, ".log"), SegmentFile(24, ".log")], LogFiles().Select(file => file.Name));
        return log.Config;
    }

    /// <summary>The records of batch <paramref name="batch"/> (0 to 8) as written.</summary>
    private static StoredRecord[] BatchRecords(int batch) => TestBatches.Records(4L * batch, 4, TestBatches.StartTime + batch);

    /// <summary>The records from <paramref name="from"/> up to <paramref name="to"/>, read one fetch after another.</summary>
    private static List<StoredRecord> RecordsBetween(PartitionLog log, long from, long to)
    {
        var records = new List<StoredRecord>();
        while (from < to)
        {
            var fetched = LogTestExtensions.Records(log.Read(from, int.MaxValue).Records);
            records.AddRange(fetched.Where(record => record.Offset < to));
            from = fetched[^1].Offset + 1;
        }

        return records;
    }

    /// <summary>Flips the bits of <paramref name="mask"/> in byte <paramref name="position"/> of a file; returns the new content.</summary>
    private byte[] Damage(string name, int position, byte mask)
    {
        var damaged = Flipped(ReadFile(name), position, mask);
        WriteFile(name, damaged);
        return damaged;
    }

    private static byte[] Flipped(byte[] content, int position, byte mask)
    {
        var copy = content.ToArray();
        copy[position] ^= mask;
        return copy;
    }

    /// <summary>What a read says about the damaged second batch of segment 0 (at byte <see cref="BatchSize"/>, offsets 4-7).</summary>
    private static string ExpectedProblem(string field, byte[] segment)
    {
        var batch = segment.AsSpan(BatchSize);
        var length = BinaryPrimitives.ReadInt32BigEndian(batch[RecordBatchLayout.BatchLength..]);
        var stored = BinaryPrimitives.ReadUInt32BigEndian(batch[RecordBatchLayout.Crc..]);
        return field switch
        {
            "base offset" => "base offset 251 where 4 was expected",
            "magic" => BatchIntegrityNotABatch,
            _ => $"CRC mismatch: stored 0x{stored:X8}, computed 0x{Crc32C.Compute(batch[RecordBatchLayout.Attributes..(length + RecordBatchLayout.LogOverhead)]):X8}",
        };
    }

    /// <summary>What the append validator says about the batch at the start of <paramref name="bytes"/>, cut to its length field.</summary>
    private static string ValidationMessage(ReadOnlySpan<byte> bytes)
    {
        var length = Math.Min(bytes.Length, BinaryPrimitives.ReadInt32BigEndian(bytes[RecordBatchLayout.BatchLength..]) + RecordBatchLayout.LogOverhead);
        try
        {
            RecordBatchValidator.Validate(bytes[..length], int.MaxValue);
            return "valid";
        }
        catch (InvalidRecordBatchException e)
        {
            return e.Message;
        }
    }

    private string SegmentPath(long baseOffset) => Path.Combine(Location, SegmentFile(baseOffset, ".log"));

    private string Corruption(long segment, long position, long offset, string problem) =>
        $"segment {SegmentPath(segment)} is corrupt at byte {position}, where the batch of offset {offset} should start ({problem})";

    private string ReadError(long offset, long segment, long position, long batchOffset, string problem) =>
        $"Partition {Location} cannot serve offset {offset}: {Corruption(segment, position, batchOffset, problem)}.";

    private string CorruptSegmentLog(long segment, long position, long offset, string problem) =>
        $"Error: Partition {Location}: {Corruption(segment, position, offset, problem)}. Reads that reach it fail with KAFKA_STORAGE_ERROR; the batches before it and the other segments stay readable.";

    private static string AssertStorageError(Action read)
    {
        var error = Assert.Throws<BrokerException>(read);
        Assert.Equal(ErrorCode.KafkaStorageError, error.Code);
        return error.Message;
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : SegmentCorruptionTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : SegmentCorruptionTests(new AzureBlobBackend(azurite));
}
