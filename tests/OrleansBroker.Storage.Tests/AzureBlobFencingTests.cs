using OrleansBroker.Records;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Two owners of one partition (a stale one and the silo it failed over to): once the new owner has appended, every
/// write of the stale one fails with <see cref="LogFencedException"/> and leaves the new owner's bytes as they are. An
/// append fails as the batch's KafkaStorageError and writes nothing; a rewrite to cut the blob short deletes nothing.
/// </summary>
public sealed class AzureBlobFencingTests(AzuriteEmulator azurite) : AzureBlobTestBase(new AzureBlobBackend(azurite))
{
    [Fact]
    public void Append_AfterAnotherOwnerAppended_FailsFencedAndWritesNothing()
    {
        var stale = Open();
        stale.AppendRecords(3);
        var owner = Open(directory: Blob.OnAnotherSilo(LogDirectory));
        Assert.Equal(new AppendInfo(3, 4, -1, TestBatches.StartTime), owner.AppendRecords(2));
        Blob.Requests.Clear();

        var result = stale.Append([TestBatches.Build(3, 4)])[0];

        var error = Assert.IsType<BrokerException>(result.Error);
        Assert.Equal(ErrorCode.KafkaStorageError, error.Code);
        Assert.IsType<LogFencedException>(error.InnerException);
        Assert.Equal((3L, 5L), (stale.LogEndOffset, owner.LogEndOffset));
        Assert.Single(Blob.Requests.AppendBlocks);
        Assert.Equal(TestBatches.Size(3) + TestBatches.Size(2), LogFiles().Single().Length);
        Assert.Equal(TestBatches.Records(0, 5), owner.ReadAllRecords());
    }

    [Fact]
    public void Truncate_AfterAnotherOwnerAppended_FailsFencedAndKeepsTheirBytes()
    {
        byte[] mine = [.. Enumerable.Repeat((byte)1, 100)];
        byte[] theirs = [.. Enumerable.Repeat((byte)2, 50)];
        using var stale = LogDirectory.Open("x.log", LogFileKind.Data);
        stale.Write([mine], 0);
        using (var owner = Blob.OnAnotherSilo(LogDirectory).Open("x.log", LogFileKind.Data))
        {
            owner.Write([theirs], owner.Length);
        }

        Assert.Throws<LogFencedException>(() => stale.Truncate(40));

        Assert.Equal([.. mine, .. theirs], ReadFile("x.log"));
    }
}
