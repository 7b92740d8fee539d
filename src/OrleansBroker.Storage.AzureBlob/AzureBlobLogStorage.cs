using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>
/// Partition logs in one Azure Blob storage container (Azurite locally) that every silo shares, so a partition
/// reopens on another silo after a failover. A partition's files are the blobs under <c>{topic}-{partition}/</c>
/// (see <see cref="AzureBlobLogDirectory"/>). Azure Storage keeps at least three copies of every byte (locally
/// redundant storage), so topics may ask for a replication factor of up to 3. Each open partition log keeps up to the
/// last 4 MiB appended to its active segment in memory, so consumers at the tail read without a storage call.
/// Thread-safe.
/// </summary>
public sealed class AzureBlobLogStorage : ILogStorage
{
    private readonly Lock _createLock = new();
    private readonly AppendBlobLimits _limits;
    private readonly ILogger _logger;
    private bool _containerExists;

    /// <summary>Keeps logs in <paramref name="container"/>, which is created when the first partition is asked for.</summary>
    /// <param name="container">The container for every partition's blobs.</param>
    /// <param name="logger">Where failures that cannot be returned to a caller (closing a file) are reported.</param>
    public AzureBlobLogStorage(BlobContainerClient container, ILogger? logger = null)
        : this(container, logger, AppendBlobLimits.Azure)
    {
    }

    internal AzureBlobLogStorage(BlobContainerClient container, ILogger? logger, AppendBlobLimits limits)
    {
        Container = container;
        _logger = logger ?? NullLogger.Instance;
        _limits = limits;
    }

    /// <summary>The container holding every partition's blobs.</summary>
    public BlobContainerClient Container { get; }

    /// <inheritdoc />
    public int Copies => 3;

    /// <inheritdoc />
    public ILogDirectory Partition(string topic, int partition)
    {
        EnsureContainer();
        return new AzureBlobLogDirectory(Container, $"{topic}-{partition}/", _limits, _logger);
    }

    private void EnsureContainer()
    {
        if (Volatile.Read(ref _containerExists))
        {
            return;
        }

        lock (_createLock)
        {
            if (!_containerExists)
            {
                BlobCall.Run("create", Container.Uri.AbsoluteUri, () => Container.CreateIfNotExists());
                Volatile.Write(ref _containerExists, true);
            }
        }
    }
}
