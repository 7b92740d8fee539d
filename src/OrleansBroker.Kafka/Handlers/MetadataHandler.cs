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
        MetadataResponse.Topic[] topics = request.Topics is { } asked
            ? await Task.WhenAll(asked.Select(topic => topic.Name).Distinct().Select(name => LookUpAsync(name, request.AllowAutoTopicCreation, brokers)))
            : [.. (await Registry.ListTopicMetadataAsync()).Select(metadata => Describe(metadata, brokers))];
        return new MetadataResponse
        {
            Brokers = [.. brokers.Select(broker => new MetadataResponse.Broker { NodeId = broker.NodeId, Host = broker.Host, Port = broker.Port })],
            ClusterId = BrokerCluster.Id,
            ControllerId = brokers[0].NodeId,
            Topics = topics,
        };
    }

    /// <summary>A topic the client named: its partitions and leaders, auto-created if the client and broker allow, or its error.</summary>
    private async Task<MetadataResponse.Topic> LookUpAsync(string name, bool autoCreate, IReadOnlyList<KafkaBroker> brokers)
    {
        try
        {
            TopicNames.Validate(name);
            var metadata = autoCreate ? await Registry.GetOrAutoCreateTopicAsync(name) : await Registry.GetTopicAsync(name);
            return metadata is null
                ? new MetadataResponse.Topic { Name = name, ErrorCode = (short)ErrorCode.UnknownTopicOrPartition }
                : Describe(metadata, brokers);
        }
        catch (Exception exception)
        {
            return new MetadataResponse.Topic { Name = name, ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }

    /// <summary>A topic's partitions with the leader and replicas each is given among the live brokers.</summary>
    private static MetadataResponse.Topic Describe(TopicMetadata topic, IReadOnlyList<KafkaBroker> brokers) => new()
    {
        Name = topic.Name,
        Partitions = [.. Enumerable.Range(0, topic.PartitionCount).Select(partition => Describe(topic, partition, brokers))],
    };

    private static MetadataResponse.Partition Describe(TopicMetadata topic, int partition, IReadOnlyList<KafkaBroker> brokers)
    {
        var replicas = PartitionLeaders.ReplicasOf(topic.Name, partition, topic.ReplicationFactor, brokers);
        return new MetadataResponse.Partition { PartitionIndex = partition, LeaderId = replicas[0], ReplicaNodes = replicas, IsrNodes = replicas };
    }
}
