using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansBroker.Grains;

namespace OrleansBroker.Silo.Hosting;

/// <summary>Registers the broker in a silo: its settings and its grain storage.</summary>
public static class BrokerSiloExtensions
{
    /// <summary>
    /// Binds <see cref="BrokerOptions"/> to the <c>Broker</c> section and stores grain state (topics, committed
    /// offsets) as files under <c>{Broker:DataDirectory}/state</c>.
    /// </summary>
    public static ISiloBuilder AddBroker(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection(BrokerOptions.SectionName);
        silo.Services.Configure<BrokerOptions>(section);
        silo.Services.TryAddSingleton(TimeProvider.System);
        var dataDirectory = section.Get<BrokerOptions>()?.DataDirectory ?? new BrokerOptions().DataDirectory;
        silo.Services.AddGrainStorage(BrokerStorage.ProviderName, (services, _) => new FileGrainStorage(
            Path.Combine(dataDirectory, "state"),
            new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>())));
        return silo;
    }
}
