using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>DeleteTopics (0-3): deletes each named topic and its records through the topic registry; an error code per topic.</summary>
public sealed class DeleteTopicsHandler(IGrainFactory grains, ILogger<DeleteTopicsHandler> logger) : KafkaRequestHandler<DeleteTopicsRequest>
{
    /// <inheritdoc />
    public override bool WaitsForEarlierRequests => true;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(DeleteTopicsRequest request, KafkaRequestContext context) =>
        new DeleteTopicsResponse { Topics = await Task.WhenAll(request.TopicNames.Distinct().Select(DeleteAsync)) };

    private async Task<DeleteTopicsResponse.Topic> DeleteAsync(string name)
    {
        try
        {
            await grains.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key).DeleteTopicAsync(name);
            return new DeleteTopicsResponse.Topic { Name = name };
        }
        catch (Exception exception)
        {
            return new DeleteTopicsResponse.Topic { Name = name, ErrorCode = KafkaError.From(exception, logger).Code };
        }
    }
}
