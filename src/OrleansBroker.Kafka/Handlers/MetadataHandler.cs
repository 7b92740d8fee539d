using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Kafka;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// Metadata (0-8): the live brokers, a controller among them, and the topics asked for (null: all) with each
/// partition's leader (<see cref="PartitionLeaders"/>). A missing topic is auto-created when the request allows it
/// and the broker's auto.create.topics.enable does; otherwise it is reported UNKNOWN_TOPIC_OR_PARTITION.
/// </summary>
public sealed class MetadataHandler(IGrainFactory grains, ILogger<MetadataHandler> logger) : KafkaRequestHandler<MetadataRequest>
{
    private ITopicRegistryGrain Registry => grains.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(MetadataRequest request, KafkaRequestContext context)
    {
        var brokers = await LiveBrokers.GetAsync(grains, context.Broker);
        var names = request.Topics is { } asked ? [.. asked.Select(topic => topic.Name).Distinct()] : await Registry.ListTopicsAsync();
        var topics = await Task.WhenAll(names.Select(name => DescribeAsync(name, request, brokers)));
        return new MetadataResponse
        {
            Brokers = [.. brokers.Select(broker => new MetadataResponse.Broker { NodeId = broker.NodeId, Host = broker.Host, Port = broker.Port })],
            ClusterId = BrokerCluster.Id,
            ControllerId = brokers[0].NodeId,
            Topics = [.. topics.Where(topic => topic is not null).Select(topic => topic!)],
        };
    }

    /// <summary>The topic's partitions and leaders, or its error; null for a topic of the full list deleted meanwhile.</summary>
    private async Task<MetadataResponse.Topic?> DescribeAsync(string name, MetadataRequest request, IReadOnlyList<KafkaBroker> brokers)
    {
        var asked = request.Topics is not null;
        try
        {
            TopicNames.Validate(name);
            var metadata = asked && request.AllowAutoTopicCreation ? await Registry.GetOrAutoCreateTopicAsync(name) : await Registry.GetTopicAsync(name);
            if (metadata is null)
            {
                return asked ? new MetadataResponse.Topic { Name = name, ErrorCode = (short)ErrorCode.UnknownTopicOrPartition } : null;
            }

            return new MetadataResponse.Topic
            {
                Name = name,
                Partitions = [.. Enumerable.Range(0, metadata.PartitionCount).Select(partition => Describe(metadata, partition, brokers))],
            };
        }
        catch (Exception exception)
        {
            return new MetadataResponse.Topic { Name = name, ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }

    private static MetadataResponse.Partition Describe(TopicMetadata topic, int partition, IReadOnlyList<KafkaBroker> brokers)
    {
        var replicas = PartitionLeaders.ReplicasOf(topic.Name, partition, topic.ReplicationFactor, brokers);
        return new MetadataResponse.Partition { PartitionIndex = partition, LeaderId = replicas[0], ReplicaNodes = replicas, IsrNodes = replicas };
    }
}
