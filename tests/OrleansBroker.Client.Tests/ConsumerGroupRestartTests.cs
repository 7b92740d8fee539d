using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// Committed offsets outlive the broker: after a new cluster starts on the same data directory, a consumer joining
/// the same group resumes exactly at the committed position, skipping and repeating nothing.
/// </summary>
public sealed class ConsumerGroupRestartTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_GroupResumesFromCommittedOffsets()
    {
        using var data = new TempDataDirectory();
        var topic = TestTopics.Unique("restart");
        var group = TestTopics.Unique("group");
        await using (var first = await BrokerTestCluster.StartAsync(data.Path, FastGroups))
        {
            var client = BrokerClient.FromClusterClient(first.Client);
            await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic });
            await using (var producer = new ProducerBuilder<string, string>(client).Build())
            {
                foreach (var value in new[] { "a", "b", "c", "d", "e" })
                {
                    await producer.ProduceAsync(topic, new Message<string, string> { Value = value }, Cancellation);
                }
            }

            await using var consumer = Subscribe(client, group, topic);
            Assert.Equal(["a", "b", "c"], await ConsumeValuesAsync(consumer, 3));
            await consumer.CommitAsync(Cancellation);
        }

        await using var second = await BrokerTestCluster.StartAsync(data.Path, FastGroups);
        await using var resumed = Subscribe(BrokerClient.FromClusterClient(second.Client), group, topic);

        Assert.Equal(["d", "e"], await ConsumeValuesAsync(resumed, 2));
    }

    private static Dictionary<string, string> FastGroups => new() { ["GroupInitialRebalanceDelayMs"] = "100", ["GroupMinSessionTimeoutMs"] = "500" };

    private static IConsumer<string, string> Subscribe(BrokerClient client, string group, string topic)
    {
        var consumer = new ConsumerBuilder<string, string>(client, new ConsumerConfig
        {
            GroupId = group, HeartbeatIntervalMs = 100, SessionTimeoutMs = 3000, AutoOffsetReset = AutoOffsetReset.Earliest, EnableAutoCommit = false,
        }).Build();
        consumer.Subscribe([topic]);
        return consumer;
    }

    private static async Task<List<string?>> ConsumeValuesAsync(IConsumer<string, string> consumer, int count)
    {
        var values = new List<string?>();
        while (values.Count < count)
        {
            var result = await consumer.ConsumeAsync(TimeSpan.FromSeconds(20), Cancellation);
            Assert.True(result is not null, $"Record {values.Count + 1} of {count} did not arrive.");
            values.Add(result.Message.Value);
        }

        return values;
    }
}
