using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrleansBroker.Storage.AzureBlob;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// Where a silo keeps partition logs, from <c>Broker:LogStorage</c>: <c>File</c> (the default: local disk under
/// <c>{Broker:DataDirectory}/logs</c>, one copy) or <c>AzureBlob</c> (append blobs in the container
/// <c>Broker:LogContainer</c>, default <c>logs</c>, of the blob service in <c>ConnectionStrings:logs</c>: shared by
/// every silo, so a partition reopens on another silo after a failure).
/// </summary>
public static class LogStorageSelection
{
    /// <summary>The <c>Broker:LogStorage</c> value for local disk.</summary>
    public const string File = "File";

    /// <summary>The <c>Broker:LogStorage</c> value for Azure Blob storage.</summary>
    public const string AzureBlob = "AzureBlob";

    /// <summary>True when the configuration puts logs in Azure Blob storage, which needs the keyed blob client.</summary>
    public static bool UsesAzureBlob(IConfiguration configuration) =>
        string.Equals(configuration["Broker:LogStorage"], AzureBlob, StringComparison.OrdinalIgnoreCase);

    /// <summary>The storage the configuration names; a name that is neither fails with the choices.</summary>
    public static ILogStorage Create(IServiceProvider services, IConfiguration configuration, string dataDirectory)
    {
        var kind = configuration["Broker:LogStorage"] ?? File;
        if (string.Equals(kind, File, StringComparison.OrdinalIgnoreCase))
        {
            return new FileLogStorage(Path.Combine(dataDirectory, "logs"));
        }

        if (UsesAzureBlob(configuration))
        {
            var blobs = services.GetRequiredKeyedService<BlobServiceClient>(StorageConnectionNames.Logs);
            var container = blobs.GetBlobContainerClient(configuration["Broker:LogContainer"] ?? "logs");
            return new AzureBlobLogStorage(container, services.GetRequiredService<ILoggerFactory>().CreateLogger<AzureBlobLogStorage>());
        }

        throw new InvalidOperationException($"Broker:LogStorage is '{kind}': use {File} (local disk) or {AzureBlob} (Azure Blob storage).");
    }
}
