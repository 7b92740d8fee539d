using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// CreateTopics (0-4): creates each topic through the topic registry, or only validates with validateOnly; -1
/// partitions or replication factor take the broker's defaults. Each topic gets its own error code and message (a
/// name given twice is refused, as Kafka does). Manual replica assignments cannot be honoured: storage keeps copies.
/// </summary>
public sealed class CreateTopicsHandler(IGrainFactory grains, ILogger<CreateTopicsHandler> logger) : KafkaRequestHandler<CreateTopicsRequest>
{
    /// <inheritdoc />
    public override bool WaitsForEarlierRequests => true;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(CreateTopicsRequest request, KafkaRequestContext context)
    {
        var repeated = request.Topics.GroupBy(topic => topic.Name).Where(group => group.Count() > 1).Select(group => group.Key).ToHashSet();
        var results = await Task.WhenAll(request.Topics.Select(topic => repeated.Contains(topic.Name)
            ? Task.FromResult(Result(topic.Name, new KafkaError(ErrorCode.InvalidRequest, $"Topic '{topic.Name}' appears more than once in the request.")))
            : CreateAsync(topic, request.ValidateOnly)));
        return new CreateTopicsResponse { Topics = results };
    }

    private async Task<CreateTopicsResponse.Topic> CreateAsync(CreateTopicsRequest.Topic topic, bool validateOnly)
    {
        try
        {
            if (topic.Assignments.Count > 0)
            {
                throw new BrokerException(ErrorCode.InvalidRequest, "Manual replica assignment is not supported: give a partition count and replication factor (storage keeps the copies).");
            }

            var specification = new TopicSpecification
            {
                Name = topic.Name,
                NumPartitions = topic.NumPartitions == -1 ? null : topic.NumPartitions,
                ReplicationFactor = topic.ReplicationFactor == -1 ? null : topic.ReplicationFactor,
                Configs = topic.Configs.Where(config => config.Value is not null).ToDictionary(config => config.Name, config => config.Value!),
            };
            var registry = grains.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);
            await (validateOnly ? registry.ValidateTopicAsync(specification) : registry.CreateTopicAsync(specification));
            return new CreateTopicsResponse.Topic { Name = topic.Name };
        }
        catch (Exception exception)
        {
            return Result(topic.Name, KafkaError.From(exception, logger));
        }
    }

    private static CreateTopicsResponse.Topic Result(string name, KafkaError error) =>
        new() { Name = name, ErrorCode = error.Code, ErrorMessage = error.Message };
}
