using System.Text;
using Azure.Storage.Blobs.Models;
using OrleansBroker.Storage.AzureBlob;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// The Azure Blob storage and directory: the container is created once, at the first partition asked for; a
/// partition's files are the blobs under <c>{topic}-{partition}/</c>, segment files append blobs and whole files block
/// blobs replaced with one upload; listing and DeleteAll see that partition's blobs only; Azure keeps three copies.
/// </summary>
public sealed class AzureBlobLogStorageTests(AzuriteEmulator azurite) : AzureBlobTestBase(new AzureBlobBackend(azurite))
{
    [Fact]
    public void Partition_AskedTwice_CreatesTheContainerOnce()
    {
        Assert.False(Blob.Container.Exists(TestContext.Current.CancellationToken));
        Blob.Requests.Clear();

        Blob.Storage.Partition("orders", 0);
        Blob.Storage.Partition("orders", 1);

        Assert.Equal([("PUT", "container")], Blob.Requests.All.Select(request => (request.Method, request.Operation)));
        Assert.True(Blob.Container.Exists(TestContext.Current.CancellationToken));
        Assert.Equal(3, Blob.Storage.Copies);
    }

    [Fact]
    public void Partition_Files_AreBlobsUnderTopicDashPartition()
    {
        var directory = (AzureBlobLogDirectory)Blob.Storage.Partition("orders", 10);
        var neighbour = Blob.Storage.Partition("orders", 1);

        directory.WriteAll("partition.metadata", [1]);
        using (var file = directory.Open("00000000000000000000.log", LogFileKind.Data))
        {
            file.Write([new byte[] { 2, 3 }], 0);
        }

        neighbour.WriteAll("partition.metadata", [4]);

        Assert.Equal(("orders-10/", $"{Blob.Container.Uri}/orders-10"), (directory.Prefix, directory.Location));
        Assert.Equal(["00000000000000000000.log", "partition.metadata"], directory.ListFiles().Order(StringComparer.Ordinal));
        Assert.Equal(
            [("orders-1/partition.metadata", BlobType.Block), ("orders-10/00000000000000000000.log", BlobType.Append), ("orders-10/partition.metadata", BlobType.Block)],
            Blob.Container.GetBlobs(cancellationToken: TestContext.Current.CancellationToken).Select(blob => (blob.Name, blob.Properties.BlobType)));
    }

    [Fact]
    public void WriteAll_ExistingFile_IsReplacedWithOneUpload()
    {
        LogDirectory.WriteAll("log-start-offset", "first"u8);
        Blob.Requests.Clear();

        LogDirectory.WriteAll("log-start-offset", "second"u8);

        Assert.Equal([("PUT", "log-start-offset")], Blob.Requests.All.Select(request => (request.Method, request.Name)));
        Assert.Equal("second", Encoding.ASCII.GetString(ReadFile("log-start-offset")));
    }

    [Fact]
    public void ReadAll_MissingFile_ReturnsNull() => Assert.Null(LogDirectory.ReadAll("log-start-offset"));

    [Fact]
    public void DeleteAll_RemovesThePartitionsBlobsOnly()
    {
        var neighbour = Blob.OnAnotherSilo(Blob.CreateDirectory());
        neighbour.WriteAll("partition.metadata", [1]);
        LogDirectory.WriteAll("partition.metadata", [2]);
        Open().AppendRecords(2);

        LogDirectory.DeleteAll();

        Assert.Empty(LogDirectory.ListFiles());
        Assert.Equal(["partition.metadata"], neighbour.ListFiles());
    }
}
