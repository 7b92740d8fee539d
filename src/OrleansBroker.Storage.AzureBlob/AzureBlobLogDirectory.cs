using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>
/// One partition's files in Azure Blob storage: the blobs under the prefix <c>{topic}-{partition}/</c> of the log
/// container, Kafka's directory layout with the prefix as the directory:
/// <code>
/// orders-0/00000000000000000000.log        append blob: the segment's RecordBatch v2 batches, as appended
/// orders-0/00000000000000000000.index      append blob: its offset index (OffsetIndex's 8-byte entries)
/// orders-0/00000000000000000000.timeindex  append blob: its time index (TimeIndex's 12-byte entries)
/// orders-0/log-start-offset                block blob: the log start offset checkpoint
/// orders-0/partition.metadata              block blob: the topic id the partition belongs to
/// </code>
/// Segment files are append blobs written through <see cref="AzureBlobLogFile"/>; small whole files are block blobs
/// uploaded with one call, which replaces them atomically. Thread-safe.
/// </summary>
public sealed class AzureBlobLogDirectory : ILogDirectory
{
    private readonly BlobContainerClient _container;
    private readonly AppendBlobLimits _limits;
    private readonly ILogger _logger;
    private readonly TailCache? _tail;

    internal AzureBlobLogDirectory(BlobContainerClient container, string prefix, AppendBlobLimits limits, ILogger logger)
    {
        _container = container;
        _limits = limits;
        _logger = logger;
        _tail = limits.TailCacheBytes > 0 ? new TailCache(limits.TailCacheBytes) : null;
        Prefix = prefix;
    }

    /// <summary>The blob name prefix of the partition's files: <c>{topic}-{partition}/</c>.</summary>
    public string Prefix { get; }

    /// <inheritdoc />
    public string Location => $"{_container.Uri.AbsoluteUri.TrimEnd('/')}/{Prefix.TrimEnd('/')}";

    /// <inheritdoc />
    public IReadOnlyList<string> ListFiles() =>
        BlobCall.Run("list", Location, () => _container.GetBlobs(new GetBlobsOptions { Prefix = Prefix }).Select(blob => blob.Name[Prefix.Length..]).ToList());

    /// <inheritdoc />
    public ILogFile Open(string name, LogFileKind kind) =>
        new AzureBlobLogFile(name, AppendBlob.Open(_container.GetAppendBlobClient(Prefix + name), _limits), kind, _tail, _logger);

    /// <inheritdoc />
    public void Delete(string name) => DeleteBlob(Prefix + name);

    /// <inheritdoc />
    public byte[]? ReadAll(string name)
    {
        var blob = _container.GetBlobClient(Prefix + name);
        try
        {
            return blob.DownloadContent().Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (RequestFailedException e)
        {
            throw BlobCall.Failed("read", blob.Name, e);
        }
    }

    /// <inheritdoc />
    public void WriteAll(string name, ReadOnlySpan<byte> content)
    {
        var blob = _container.GetBlobClient(Prefix + name);
        var data = BinaryData.FromBytes(content.ToArray());
        BlobCall.Run("write", blob.Name, () => blob.Upload(data, overwrite: true));
    }

    /// <inheritdoc />
    public void DeleteAll()
    {
        foreach (var name in BlobCall.Run("list", Location, () => _container.GetBlobs(new GetBlobsOptions { Prefix = Prefix }).Select(blob => blob.Name).ToList()))
        {
            DeleteBlob(name);
        }
    }

    private void DeleteBlob(string blobName) =>
        BlobCall.Run("delete", blobName, () => _container.GetBlobClient(blobName).DeleteIfExists(DeleteSnapshotsOption.IncludeSnapshots));
}
