namespace OrleansBroker.AppHost;

/// <summary>
/// Azurite, the Azure Storage emulator, as an executable resource run from this project's <c>node_modules</c>
/// (Aspire.Hosting.Azure.Storage would run it as a container, and there is no container engine here).
/// </summary>
internal static class AzuriteExtensions
{
    /// <summary>The blob service endpoint's name.</summary>
    public const string Blob = "blob";

    /// <summary>The table service endpoint's name.</summary>
    public const string Table = "table";

    // The emulator's well-known development account and key (public, documented by Microsoft).
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Adds Azurite with blob and table endpoints on 127.0.0.1 (the Azure SDK rejects <c>localhost</c> account
    /// URLs), healthy once the blob service answers. Data lives in memory and is gone when Azurite stops, unless
    /// the app host's configuration sets <c>Azurite:DataDirectory</c>: then it is kept there across restarts.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddAzurite(this IDistributedApplicationBuilder builder, string name)
    {
        var command = Path.Combine(builder.AppHostDirectory, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        var dataDirectory = builder.Configuration["Azurite:DataDirectory"];
        var azurite = builder.AddExecutable(name, command, builder.AppHostDirectory)
            .WithHttpEndpoint(name: Blob)
            .WithHttpEndpoint(name: Table)
            .WithArgs("--skipApiVersionCheck", "--disableTelemetry", "--silent", "--loose")
            .WithArgs(string.IsNullOrEmpty(dataDirectory)
                ? ["--inMemoryPersistence"]
                : ["--location", Path.GetFullPath(dataDirectory, builder.AppHostDirectory)])
            // The queue service cannot be turned off; port 0 keeps it off every fixed port.
            .WithArgs("--queuePort", "0");
        var blob = azurite.GetEndpoint(Blob);
        var table = azurite.GetEndpoint(Table);
        return azurite
            .WithArgs("--blobHost", "127.0.0.1", "--blobPort", blob.Property(EndpointProperty.TargetPort))
            .WithArgs("--tableHost", "127.0.0.1", "--tablePort", table.Property(EndpointProperty.TargetPort))
            // An anonymous GET / is refused with 400: the service is up.
            .WithHttpHealthCheck("/", statusCode: 400, endpointName: Blob);
    }

    /// <summary>
    /// A connection string to Azurite's <paramref name="endpointName"/> service (<see cref="Blob"/> or
    /// <see cref="Table"/>) for the development account.
    /// </summary>
    public static ReferenceExpression ConnectionString(this IResourceBuilder<ExecutableResource> azurite, string endpointName)
    {
        var port = azurite.GetEndpoint(endpointName).Property(EndpointProperty.Port);
        var key = endpointName == Blob ? "BlobEndpoint" : "TableEndpoint";
        return ReferenceExpression.Create(
            $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};{key}=http://127.0.0.1:{port}/{Account};");
    }
}
