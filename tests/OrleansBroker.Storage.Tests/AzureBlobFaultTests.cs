using Azure.Core;
using Azure.Storage.Blobs;
using OrleansBroker.Records;
using OrleansBroker.Storage.AzureBlob;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Storage calls that fail. An AppendBlock whose answer is lost after storage carried it out is tried again by the SDK,
/// refused because the blob no longer ends where it did, and then found in place and counted as done, exactly once,
/// rather than taken for a new owner. A write whose second block fails is cut back off, so the group's batches all fail
/// and leave nothing; and a write that finds such an uncut remainder cuts it off first. Blocks hold two batches here.
/// </summary>
public sealed class AzureBlobFaultTests : AzureBlobTestBase
{
    private static readonly int BatchSize = TestBatches.Size(2);
    private readonly AppendFaults _faults;

    public AzureBlobFaultTests(AzuriteEmulator azurite)
        : this(azurite, new AppendFaults())
    {
    }

    private AzureBlobFaultTests(AzuriteEmulator azurite, AppendFaults faults)
        : base(new AzureBlobBackend(azurite, AppendBlobLimits.Azure with { MaxBlockBytes = 2 * BatchSize }, Options(faults))) => _faults = faults;

    [Fact]
    public void Append_AnswerToTheFirstTryLost_IsDoneOnceWithoutFencing()
    {
        var log = Open();
        log.AppendRecords(2);
        Blob.Requests.Clear();
        _faults.LoseNextAnswer();

        var info = log.AppendRecords(2);

        Assert.Equal(new AppendInfo(2, 3, -1, TestBatches.StartTime), info);
        Assert.Equal(
            [("PUT", "appendblock"), ("PUT", "appendblock"), ("HEAD", string.Empty), ("GET", string.Empty)],
            Blob.Requests.All.Select(request => (request.Method, request.Operation)));
        Assert.Equal(2L * BatchSize, LogFiles().Single().Length);
        Assert.Equal(new AppendInfo(4, 5, -1, TestBatches.StartTime), log.AppendRecords(2));
        Assert.Equal(TestBatches.Records(0, 6), Reopen(log).ReadAllRecords());
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void Append_SecondBlockOfAGroupFails_CutsTheFirstOffAndFailsTheWholeGroup()
    {
        var log = Open();
        log.AppendRecords(2);
        _faults.FailCall(2);

        var results = log.Append([.. Enumerable.Range(1, 3).Select(i => (Memory<byte>)TestBatches.Build(2L * i, 2))]);

        Assert.All(results, result => Assert.Equal(ErrorCode.KafkaStorageError, Assert.IsType<BrokerException>(result.Error).Code));
        Assert.Equal((2L, BatchSize), (log.LogEndOffset, LogFiles().Single().Length));
        Assert.Equal(new AppendInfo(2, 3, -1, TestBatches.StartTime), log.AppendRecords(2));
        Assert.Equal(TestBatches.Records(0, 4), Reopen(log).ReadAllRecords());
        Assert.Empty(Logger.Events);
    }

    [Fact]
    public void Write_AfterAFailedWriteLeftBlocks_CutsThemOffFirst()
    {
        using var file = LogDirectory.Open("x.log", LogFileKind.Data);
        byte[] first = [1, 1, 1];
        file.Write([first], 0);
        _faults.FailCall(2);
        Assert.Throws<IOException>(() => file.Write([new byte[BatchSize], new byte[BatchSize], new byte[BatchSize]], first.Length));
        Assert.Equal(first.Length + (2L * BatchSize), file.Length);

        file.Write([new byte[] { 2 }], first.Length);

        Assert.Equal(first.Length + 1L, file.Length);
        Assert.Equal([1, 1, 1, 2], ReadFile("x.log"));
    }

    private static BlobClientOptions Options(AppendFaults faults)
    {
        var options = new BlobClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.AddPolicy(faults, HttpPipelinePosition.PerRetry);
        return options;
    }
}
