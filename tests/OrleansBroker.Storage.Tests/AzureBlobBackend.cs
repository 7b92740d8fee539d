using System.Globalization;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using OrleansBroker.Storage.AzureBlob;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// Partition logs in Azurite: a container of its own for each backend (one per test), deleted with it, and a partition
/// of its own in it for each directory. <see cref="Requests"/> sees every request its clients send.
/// </summary>
public sealed class AzureBlobBackend : LogBackend
{
    private const string Topic = "topic";
    private readonly AppendBlobLimits _limits;
    private int _partitions;

    public AzureBlobBackend(AzuriteEmulator azurite)
        : this(azurite, AppendBlobLimits.Azure)
    {
    }

    /// <summary>A backend with other limits, or with <paramref name="options"/> (pipeline policies, retry settings) for its clients.</summary>
    internal AzureBlobBackend(AzuriteEmulator azurite, AppendBlobLimits limits, BlobClientOptions? options = null)
    {
        options ??= new BlobClientOptions();
        options.AddPolicy(Requests, HttpPipelinePosition.PerRetry);
        Container = azurite.BlobServiceClient(options).GetBlobContainerClient($"test-{Guid.NewGuid():N}");
        _limits = limits;
        Storage = new AzureBlobLogStorage(Container, logger: null, limits);
    }

    /// <summary>The requests sent so far, each try of a retried call included.</summary>
    public RequestLog Requests { get; } = new();

    /// <summary>The test's container.</summary>
    public BlobContainerClient Container { get; }

    /// <summary>The storage the directories come from.</summary>
    public AzureBlobLogStorage Storage { get; }

    public override ILogDirectory CreateDirectory() => Storage.Partition(Topic, Interlocked.Increment(ref _partitions));

    /// <summary>The partition of <paramref name="directory"/> as another silo sees it, through a storage of its own.</summary>
    public ILogDirectory OnAnotherSilo(ILogDirectory directory)
    {
        var partition = int.Parse(((AzureBlobLogDirectory)directory).Prefix[(Topic.Length + 1)..^1], CultureInfo.InvariantCulture);
        return new AzureBlobLogStorage(Container, logger: null, _limits).Partition(Topic, partition);
    }

    public override List<(string Name, long Length)> Files(ILogDirectory directory)
    {
        var prefix = ((AzureBlobLogDirectory)directory).Prefix;
        return [.. Container.GetBlobs(new GetBlobsOptions { Prefix = prefix })
            .Select(blob => (blob.Name[prefix.Length..], blob.Properties.ContentLength ?? -1))
            .OrderBy(file => file.Item1, StringComparer.Ordinal)];
    }

    public override void Dispose() => Container.DeleteIfExists();
}
