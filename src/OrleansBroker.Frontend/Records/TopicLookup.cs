using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Records;

/// <summary>
/// Whether a topic exists, asked of the topic registry without creating it: the SDK's producer would auto-create
/// a topic it does not know, and a typo in a browser must not make one.
/// </summary>
internal static class TopicLookup
{
    /// <summary>The topic's metadata; <see cref="ErrorCode.UnknownTopicOrPartition"/> when there is no such topic.</summary>
    public static async Task<TopicMetadata> RequireAsync(BrokerClient client, string topic, CancellationToken cancellationToken) =>
        await client.Cluster.GetGrain<ITopicRegistryGrain>(ITopicRegistryGrain.Key).GetTopicAsync(topic).WaitAsync(cancellationToken)
            ?? throw new BrokerException(ErrorCode.UnknownTopicOrPartition, $"Topic '{topic}' does not exist.");
}
