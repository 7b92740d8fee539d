using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// Keyed Azure Storage clients made from <c>ConnectionStrings:&lt;name&gt;</c>, keyed by that name as Aspire's
/// <c>ServiceKey</c> settings expect (done by hand: the Aspire.Azure.* client packages are not used). The value is
/// either a full connection string (Azurite, account keys) or the service's https URI, which is then reached with
/// <see cref="DefaultAzureCredential"/> (managed identity in Azure, the developer's login elsewhere).
/// </summary>
public static class AzureStorageClientExtensions
{
    /// <summary>
    /// Registers the clients a silo in cluster mode uses, one per <see cref="StorageConnectionNames"/> entry: tables
    /// for membership and grain state, blobs for the partition logs. Each is made when first asked for.
    /// </summary>
    public static IHostApplicationBuilder AddBrokerStorageClients(this IHostApplicationBuilder builder) => builder
        .AddKeyedTableServiceClient(StorageConnectionNames.Clustering)
        .AddKeyedTableServiceClient(StorageConnectionNames.GrainState)
        .AddKeyedBlobServiceClient(StorageConnectionNames.Logs);

    /// <summary>Registers a <see cref="TableServiceClient"/> keyed <paramref name="name"/>.</summary>
    public static IHostApplicationBuilder AddKeyedTableServiceClient(this IHostApplicationBuilder builder, string name) =>
        builder.AddKeyedStorageClient(
            name,
            connectionString => new TableServiceClient(connectionString),
            (uri, credential) => new TableServiceClient(uri, credential));

    /// <summary>Registers a <see cref="BlobServiceClient"/> keyed <paramref name="name"/>.</summary>
    public static IHostApplicationBuilder AddKeyedBlobServiceClient(this IHostApplicationBuilder builder, string name) =>
        builder.AddKeyedStorageClient(
            name,
            connectionString => new BlobServiceClient(connectionString),
            (uri, credential) => new BlobServiceClient(uri, credential));

    private static IHostApplicationBuilder AddKeyedStorageClient<TClient>(
        this IHostApplicationBuilder builder,
        string name,
        Func<string, TClient> fromConnectionString,
        Func<Uri, TokenCredential, TClient> fromServiceUri)
        where TClient : class
    {
        // One credential for every client: it caches the tokens it gets.
        builder.Services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        builder.Services.AddKeyedSingleton(name, (services, _) =>
        {
            var value = services.GetRequiredService<IConfiguration>().GetConnectionString(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException($"ConnectionStrings:{name} is not set: give it an Azure Storage connection string or the service's https URI.");
            }

            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
                ? fromServiceUri(uri, services.GetRequiredService<TokenCredential>())
                : fromConnectionString(value);
        });
        return builder;
    }
}
