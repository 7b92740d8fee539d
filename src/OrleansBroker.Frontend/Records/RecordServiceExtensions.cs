using Microsoft.Extensions.DependencyInjection;
using OrleansBroker.Client;
using OrleansBroker.Client.Reading;

namespace OrleansBroker.Frontend.Records;

/// <summary>Registers the record services the HTTP API and the pages share.</summary>
public static class RecordServiceExtensions
{
    /// <summary>Adds the partition reader, page reader, producer and topic tail, all over the app's <see cref="BrokerClient"/>, and the tail's <see cref="TailOptions"/>.</summary>
    public static IServiceCollection AddRecordServices(this IServiceCollection services)
    {
        services.AddSingleton<PartitionReader>();
        services.AddSingleton<RecordPageReader>();
        services.AddSingleton<RecordProducer>();
        services.AddSingleton<TopicTail>();
        services.AddOptions<TailOptions>().BindConfiguration(TailOptions.Section);
        return services;
    }
}
