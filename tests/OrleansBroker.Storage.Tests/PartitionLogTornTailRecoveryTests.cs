using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Crash recovery of the active segment. A log of six four-record batches (a sealed segment of offsets 0-11 and an
/// active one of 12-23) is closed; then its last batch is cut at every byte, or has every byte flipped, and the log
/// is reopened: it must hold exactly the valid prefix (log end offset 20, earlier records intact), keep appending at
/// offset 20, read the new records back, and reopen cleanly afterwards. Flipping a byte of the partition leader epoch
/// is the exception: the format leaves that field outside the CRC, so the batch is still valid and is kept.
/// Local disk only: there a crash can tear a write at any byte. In blob storage an AppendBlock is atomic and its blocks
/// end between batches; AzureBlobRecoveryTests covers what a crash leaves there.
/// </summary>
public sealed class PartitionLogTornTailRecoveryTests : FileLogTestBase
{
    private const int RecordsPerBatch = 4;
    private const long LastBaseOffset = 20;
    private static readonly int BatchSize = TestBatches.Size(RecordsPerBatch);
    private static readonly int LastBatchStart = 2 * BatchSize;
    private static readonly string ActiveLog = SegmentFile(12, ".log");

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    public void Reopen_ActiveSegmentCutInsideItsLastBatch_KeepsExactlyTheValidPrefix(int indexIntervalBytes)
    {
        var (config, original) = WriteLog(indexIntervalBytes);

        for (var length = LastBatchStart; length < original.Length; length++)
        {
            RecoverFrom(config, original[..length], $"cut to {length} bytes", keepsLastBatch: false);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    public void Reopen_ByteFlippedInsideTheLastBatch_DropsThatBatch(int indexIntervalBytes)
    {
        var (config, original) = WriteLog(indexIntervalBytes);

        for (var position = LastBatchStart; position < original.Length; position++)
        {
            var damaged = original.ToArray();
            damaged[position] ^= 0xFF;
            var inLeaderEpoch = position - LastBatchStart is >= RecordBatchLayout.PartitionLeaderEpoch and < RecordBatchLayout.Magic;
            RecoverFrom(config, damaged, $"byte {position} flipped", keepsLastBatch: inLeaderEpoch);
        }
    }

    /// <summary>Writes and closes the log; returns its config and the bytes of its active segment.</summary>
    private (LogConfig Config, byte[] ActiveLog) WriteLog(int indexIntervalBytes)
    {
        var log = Open(new LogConfig { SegmentBytes = 3 * BatchSize, IndexIntervalBytes = indexIntervalBytes });
        log.AppendBatches(6, RecordsPerBatch);
        log.Dispose();
        Assert.Equal([SegmentFile(0, ".log"), ActiveLog], LogFiles().Select(file => file.Name));
        return (log.Config, File.ReadAllBytes(PathOf(ActiveLog)));
    }

    /// <summary>Copies the closed log, replaces its active segment with <paramref name="activeLog"/>, reopens it and checks what recovery kept.</summary>
    private void RecoverFrom(LogConfig config, byte[] activeLog, string damage, bool keepsLastBatch)
    {
        var directory = Directory.CreateDirectory(((FileLogDirectory)Backend.CreateDirectory()).Path).FullName;
        TempDirectory.CopyFiles(DirectoryPath, directory);
        File.WriteAllBytes(Path.Combine(directory, ActiveLog), activeLog);
        Logger.Clear();
        var log = Open(config, new FileLogDirectory(directory));
        try
        {
            var kept = keepsLastBatch ? LastBaseOffset + RecordsPerBatch : LastBaseOffset;
            Assert.Equal((kept, 2), (log.LogEndOffset, log.SegmentCount));
            Assert.Equal(TestBatches.Records(0, (int)kept), log.ReadAllRecords());
            Assert.Equal(keepsLastBatch ? activeLog.Length : LastBatchStart, new FileInfo(Path.Combine(directory, ActiveLog)).Length);
            Assert.Equal(!keepsLastBatch && activeLog.Length > LastBatchStart, Logger.Events.Contains("TruncatedTornTail"));

            Assert.Equal(new AppendInfo(kept, kept + 3, -1, TestBatches.StartTime + 1), log.AppendRecords(RecordsPerBatch, TestBatches.StartTime + 1));
            var expected = TestBatches.Records(0, (int)kept).Concat(TestBatches.Records(kept, RecordsPerBatch, TestBatches.StartTime + 1)).ToList();
            Assert.Equal(expected, log.ReadAllRecords());

            log = Reopen(log);
            Assert.Empty(Logger.Events);
            Assert.Equal(expected, log.ReadAllRecords());
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"After the last batch was damaged ({damage}): {e.Message}", e);
        }
        finally
        {
            log.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }
}
