using Azure.Storage.Blobs.Specialized;
using OrleansBroker.Storage.AzureBlob;

namespace OrleansBroker.Storage.Tests;

/// <summary>The base of the tests that are about the Azure Blob backend only: access to the blobs behind the log.</summary>
public abstract class AzureBlobTestBase(AzureBlobBackend backend) : LogTestBase(backend)
{
    private protected AzureBlobBackend Blob => (AzureBlobBackend)Backend;

    /// <summary>The append blob behind a file of the test's directory.</summary>
    private protected AppendBlobClient AppendBlobOf(string name) =>
        Blob.Container.GetAppendBlobClient(((AzureBlobLogDirectory)LogDirectory).Prefix + name);

    /// <summary>The committed block count of a file of the test's directory.</summary>
    private protected int BlockCount(string name) => AppendBlobOf(name).GetProperties().Value.BlobCommittedBlockCount;
}
