using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansBroker.Grains;
using OrleansBroker.Kafka;
using OrleansBroker.Kafka.Listener;

namespace OrleansBroker.Silo.Hosting;

/// <summary>Makes the silo a Kafka broker too: Kafka clients reach the same grains as the SDK.</summary>
public static class KafkaListenerExtensions
{
    /// <summary>
    /// Unless <c>Broker:Kafka:Enabled</c> is false, adds the Kafka listener (<see cref="KafkaListenerOptions"/>, section
    /// <c>Broker:Kafka</c>: port 9092 on localhost by default). It starts once the silo is active and registers its
    /// broker with the cluster (<see cref="KafkaListenerLifecycle"/>); it stops before the silo does.
    /// </summary>
    public static ISiloBuilder AddKafkaListener(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection(KafkaListenerOptions.SectionName);
        if (!(section.Get<KafkaListenerOptions>() ?? new KafkaListenerOptions()).Enabled)
        {
            return silo;
        }

        silo.Services.Configure<KafkaListenerOptions>(section);
        silo.Services.AddKafkaListenerServices();
        silo.Services.AddSingleton(services => KafkaBrokerConfigs.Create(
            services.GetRequiredService<IOptions<BrokerOptions>>().Value,
            services.GetRequiredService<IOptions<KafkaListenerOptions>>().Value));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, KafkaListenerLifecycle>();
        return silo;
    }
}
