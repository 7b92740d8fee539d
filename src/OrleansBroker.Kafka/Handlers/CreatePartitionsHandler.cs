using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// CreatePartitions (0-1): raises each topic's partition count through the topic registry, or only validates with
/// validateOnly; an error code and message per topic. Manual assignments cannot be honoured: storage keeps the copies.
/// </summary>
public sealed class CreatePartitionsHandler(IGrainFactory grains, ILogger<CreatePartitionsHandler> logger) : KafkaRequestHandler<CreatePartitionsRequest>
{
    /// <inheritdoc />
    public override bool WaitsForEarlierRequests => true;

    /// <inheritdoc />
    protected override async Task<IKafkaResponse?> HandleAsync(CreatePartitionsRequest request, KafkaRequestContext context) =>
        new CreatePartitionsResponse { Results = await Task.WhenAll(request.Topics.Select(topic => CreateAsync(topic, request.ValidateOnly))) };

    private async Task<CreatePartitionsResponse.Result> CreateAsync(CreatePartitionsRequest.Topic topic, bool validateOnly)
    {
        try
        {
            if (topic.Assignments is not null)
            {
                throw new BrokerException(ErrorCode.InvalidRequest, "Manual replica assignment is not supported: give only the new partition count.");
            }

            var registry = grains.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key);
            await (validateOnly ? registry.ValidateCreatePartitionsAsync(topic.Name, topic.Count) : registry.CreatePartitionsAsync(topic.Name, topic.Count));
            return new CreatePartitionsResponse.Result { Name = topic.Name };
        }
        catch (Exception exception)
        {
            var error = KafkaError.From(exception, logger);
            return new CreatePartitionsResponse.Result { Name = topic.Name, ErrorCode = error.Code, ErrorMessage = error.Message };
        }
    }
}
