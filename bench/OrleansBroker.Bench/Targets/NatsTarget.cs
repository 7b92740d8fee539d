using System.Globalization;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace OrleansBroker.Bench.Targets;

/// <summary>
/// NATS JetStream through NATS.Net: a topic of n partitions is one file-stored stream with n subjects
/// (<c>topic.0</c> … <c>topic.n-1</c>); every producer and consumer has its own connection. Producers publish with
/// acknowledgements, at most <see cref="InFlightWindow.Size"/> unacknowledged; consumers read each subject with an
/// pull consumer of its own (no acks, deleted with the stream) that requests 10,000 messages at a time.
/// </summary>
internal sealed class NatsTarget(int port) : IBenchTarget
{
    public string Name => "NATS JetStream";

    /// <summary>The server's version, as it announces itself.</summary>
    public async Task<string> VersionAsync()
    {
        await using var connection = await ConnectAsync();
        return connection.ServerInfo?.Version ?? "unknown";
    }

    public static string Subject(string topic, int partition) => string.Create(CultureInfo.InvariantCulture, $"{topic}.{partition}");

    public async Task CreateTopicAsync(string topic, int partitions)
    {
        await using var connection = await ConnectAsync();
        await new NatsJSContext(connection).CreateStreamAsync(new StreamConfig(topic, [$"{topic}.*"]) { Storage = StreamConfigStorage.File });
    }

    public async Task DeleteTopicAsync(string topic)
    {
        await using var connection = await ConnectAsync();
        await new NatsJSContext(connection).DeleteStreamAsync(topic);
    }

    public async Task<IBenchProducer> OpenProducerAsync(string topic, int partitions) =>
        new NatsProducer(await ConnectAsync(), [.. Enumerable.Range(0, partitions).Select(partition => Subject(topic, partition))]);

    public async Task<IBenchConsumer> OpenConsumerAsync(string topic, IReadOnlyList<int> partitions)
    {
        var connection = await ConnectAsync();
        var js = new NatsJSContext(connection);
        // Named, as consumers without names on one stream were taken for one another (only the first subject was read).
        var consumers = await Task.WhenAll(partitions.Select(partition => js.CreateOrUpdateConsumerAsync(topic, new ConsumerConfig
        {
            DurableName = string.Create(CultureInfo.InvariantCulture, $"bench-{partition}"),
            FilterSubject = Subject(topic, partition),
            AckPolicy = ConsumerConfigAckPolicy.None,
            DeliverPolicy = ConsumerConfigDeliverPolicy.All,
        }).AsTask()));
        return new NatsConsumer(connection, consumers, partitions);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<NatsConnection> ConnectAsync()
    {
        var connection = new NatsConnection(new NatsOpts { Url = string.Create(CultureInfo.InvariantCulture, $"nats://127.0.0.1:{port}") });
        await connection.ConnectAsync();
        return connection;
    }
}
