using Microsoft.Extensions.DependencyInjection;
using OrleansBroker.Kafka.Handlers;
using OrleansBroker.Kafka.Listener;

namespace OrleansBroker.Kafka;

/// <summary>Registers the Kafka listener with a handler per API it serves; the host adds the options, <see cref="BrokerConfigs"/> and grains.</summary>
public static class KafkaServices
{
    /// <summary>
    /// Adds <see cref="KafkaListener"/>, its <see cref="KafkaRequestDispatcher"/> and the handlers. A new API is served
    /// (and advertised by ApiVersions) once its handler is added here.
    /// </summary>
    public static IServiceCollection AddKafkaListenerServices(this IServiceCollection services)
    {
        services.AddSingleton<KafkaListener>();
        services.AddSingleton<KafkaRequestDispatcher>();
        services.AddSingleton<IKafkaRequestHandler, ApiVersionsHandler>();
        services.AddSingleton<IKafkaRequestHandler, MetadataHandler>();
        services.AddSingleton<IKafkaRequestHandler, ProduceHandler>();
        services.AddSingleton<IKafkaRequestHandler, FetchHandler>();
        services.AddSingleton<IKafkaRequestHandler, ListOffsetsHandler>();
        services.AddSingleton<IKafkaRequestHandler, CreateTopicsHandler>();
        services.AddSingleton<IKafkaRequestHandler, DeleteTopicsHandler>();
        services.AddSingleton<IKafkaRequestHandler, CreatePartitionsHandler>();
        services.AddSingleton<IKafkaRequestHandler, DescribeConfigsHandler>();
        services.AddSingleton<IKafkaRequestHandler, DeleteRecordsHandler>();
        services.AddSingleton<IKafkaRequestHandler, FindCoordinatorHandler>();
        services.AddSingleton<IKafkaRequestHandler, JoinGroupHandler>();
        services.AddSingleton<IKafkaRequestHandler, SyncGroupHandler>();
        services.AddSingleton<IKafkaRequestHandler, HeartbeatHandler>();
        services.AddSingleton<IKafkaRequestHandler, LeaveGroupHandler>();
        services.AddSingleton<IKafkaRequestHandler, OffsetCommitHandler>();
        services.AddSingleton<IKafkaRequestHandler, OffsetFetchHandler>();
        services.AddSingleton<IKafkaRequestHandler, ListGroupsHandler>();
        services.AddSingleton<IKafkaRequestHandler, DescribeGroupsHandler>();
        services.AddSingleton<IKafkaRequestHandler, DeleteGroupsHandler>();
        services.AddSingleton<IKafkaRequestHandler, InitProducerIdHandler>();
        return services;
    }
}
