using Microsoft.Extensions.Hosting;
using OrleansBroker.Silo.Hosting;
using OrleansBroker.Testing.Azurite;

namespace OrleansBroker.Client.Tests.Failover;

/// <summary>
/// Three broker silos sharing Azure storage on Azurite, configured the way the AppHost configures its silos: topics
/// and committed offsets in Azure Table grain storage, partition logs as append blobs, both reached through keyed
/// clients made from connection strings.
/// </summary>
public sealed class AzureClusterFixture : SdkClusterFixture
{
    /// <summary>The storage emulator the silos share.</summary>
    public AzuriteEmulator Azurite { get; } = new();

    /// <inheritdoc />
    protected override short Silos => 3;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string?> HostConfiguration => new Dictionary<string, string?>
    {
        [$"Orleans:GrainStorage:{Grains.BrokerStorage.ProviderName}:ProviderType"] = "AzureTableStorage",
        [$"Orleans:GrainStorage:{Grains.BrokerStorage.ProviderName}:ServiceKey"] = StorageConnectionNames.GrainState,
        [$"ConnectionStrings:{StorageConnectionNames.GrainState}"] = Azurite.ConnectionString,
        [$"ConnectionStrings:{StorageConnectionNames.Logs}"] = Azurite.ConnectionString,
        ["Broker:LogStorage"] = LogStorageSelection.AzureBlob,
    };

    /// <inheritdoc />
    public override async ValueTask InitializeAsync()
    {
        await Azurite.InitializeAsync();
        await base.InitializeAsync();
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <inheritdoc />
    protected override void ConfigureSiloHost(IHostApplicationBuilder host) => host.AddBrokerStorageClients();
}
