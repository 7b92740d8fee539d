using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansBroker.Grains;
using OrleansBroker.Grains.Telemetry;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Silo.Hosting;

/// <summary>Registers the broker in a silo: its settings, its metrics and its grain storage.</summary>
public static class BrokerSiloExtensions
{
    /// <summary>
    /// Binds <see cref="BrokerOptions"/> to the <c>Broker</c> section, keeps partition logs where
    /// <see cref="LogStorageSelection"/> says (unless another <see cref="ILogStorage"/> was registered first), and stores
    /// grain state (topics, committed offsets) as files under <c>{Broker:DataDirectory}/state</c> (unless the
    /// <c>Orleans:GrainStorage:broker</c> section configures a provider, as Aspire does in cluster mode).
    /// </summary>
    public static ISiloBuilder AddBroker(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection(BrokerOptions.SectionName);
        silo.Services.Configure<BrokerOptions>(section);
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddMetrics().TryAddSingleton<BrokerMetrics>();
        var dataDirectory = section.Get<BrokerOptions>()?.DataDirectory ?? new BrokerOptions().DataDirectory;
        silo.Services.TryAddSingleton(services => LogStorageSelection.Create(services, configuration, dataDirectory));
        if (!ClusterConfiguration.ConfiguresGrainStorage(configuration, BrokerStorage.ProviderName))
        {
            silo.Services.AddGrainStorage(BrokerStorage.ProviderName, (services, _) => new FileGrainStorage(
                Path.Combine(dataDirectory, "state"),
                new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>())));
        }

        return silo;
    }
}
