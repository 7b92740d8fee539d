using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>The check after each hostile row: the broker still creates a topic, stores a record and returns it.</summary>
internal static class StillServed
{
    /// <summary>Produces a record to a new topic through <paramref name="client"/> and reads it back from offset 0.</summary>
    public static async Task AssertAsync(BrokerClient client, CancellationToken cancellationToken)
    {
        var topic = TestTopics.Unique("after");
        await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic });
        await using var producer = new ProducerBuilder<string, string>(client).Build();
        var delivered = await producer.ProduceAsync(topic, new Message<string, string> { Value = "still served" }, cancellationToken);
        await using var consumer = new ConsumerBuilder<string, string>(client).Build();
        await consumer.AssignAsync([new TopicPartitionOffset(topic, 0, Offset.Beginning)]);
        var consumed = await consumer.ConsumeAsync(TimeSpan.FromSeconds(20), cancellationToken);

        Assert.Equal((0L, 0L, "still served"), (delivered.Offset, consumed?.Offset ?? -1, consumed?.Message.Value));
    }
}
