using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Reading;

namespace OrleansBroker.Frontend.Records;

/// <summary>Opens live tails of topics: each follows every partition from its end, as <c>console-consumer</c> without <c>--from-beginning</c>.</summary>
public sealed class TopicTail(BrokerClient client, PartitionReader reader)
{
    /// <summary>
    /// Fixes the end of every partition of <paramref name="topic"/> as the tail's start and returns the cursor:
    /// records produced before this completes never appear in it. Fails with
    /// <see cref="ErrorCode.UnknownTopicOrPartition"/> when the topic does not exist.
    /// </summary>
    public async Task<TailCursor> OpenAsync(string topic, CancellationToken cancellationToken)
    {
        var metadata = await TopicLookup.RequireAsync(client, topic, cancellationToken);
        var start = await Task.WhenAll(Enumerable.Range(0, metadata.PartitionCount).Select(async partition =>
        {
            var topicPartition = new TopicPartition(topic, partition);
            var end = (await reader.QueryWatermarkOffsetsAsync(topicPartition, cancellationToken)).High;
            return new TopicPartitionOffset(topicPartition, end);
        }));
        return new TailCursor(reader, start);
    }
}
