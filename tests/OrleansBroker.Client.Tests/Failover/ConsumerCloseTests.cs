using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;
using OrleansBroker.Testing.Processes;

namespace OrleansBroker.Client.Tests.Failover;

/// <summary>
/// A group member whose silo has died still closes, as a Kafka consumer does: its last commit and its leave are given
/// up (the partitions resume from the previous commit, the member expires after its session timeout) instead of
/// throwing from <c>DisposeAsync</c> or waiting out Orleans' 30 s response timeout. A real silo process, since only it
/// can be killed under a connected client.
/// </summary>
public sealed class ConsumerCloseTests
{
    /// <summary>Well under Orleans' 30 s response timeout, which a call through a dead gateway used to wait out.</summary>
    private static readonly TimeSpan CloseBound = TimeSpan.FromSeconds(15);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DisposeAsync_AfterTheSiloDied_CompletesWithoutThrowing()
    {
        await using var silo = new SiloProcess(Path.Combine(AppContext.BaseDirectory, "OrleansBroker.Silo.dll"), "--Broker:GroupInitialRebalanceDelayMs=100");
        await silo.StartAsync();
        await using var client = await BrokerClient.ConnectAsync(silo.BootstrapServer, Cancellation);
        var topic = TestTopics.Unique("close");
        await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic });
        await using (var producer = new ProducerBuilder<string, string>(client).Build())
        {
            await producer.ProduceAsync(topic, new Message<string, string> { Value = "a" }, Cancellation);
        }

        var consumer = new ConsumerBuilder<string, string>(client, new ConsumerConfig
        {
            GroupId = TestTopics.Unique("group"), AutoOffsetReset = AutoOffsetReset.Earliest, EnableAutoCommit = true,
        }).Build();
        consumer.Subscribe([topic]);
        Assert.Equal("a", (await consumer.ConsumeAsync(TimeSpan.FromSeconds(20), Cancellation))?.Message.Value);

        await silo.KillAsync();
        var closing = consumer.DisposeAsync().AsTask();

        await closing.WaitAsync(CloseBound, Cancellation);
        Assert.True(closing.IsCompletedSuccessfully);
    }
}
