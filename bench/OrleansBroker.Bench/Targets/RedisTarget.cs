using System.Globalization;
using StackExchange.Redis;

namespace OrleansBroker.Bench.Targets;

/// <summary>
/// Redis Streams through StackExchange.Redis: a topic of n partitions is n streams (<c>topic:0</c> … <c>topic:n-1</c>);
/// every producer and consumer has its own connection. Producers pipeline XADDs (auto ids) with at most
/// <see cref="InFlightWindow.Size"/> unacknowledged; consumers XREAD 10,000 entries at a time from each of their streams
/// (tuned for latency: with BLOCK, see <see cref="RedisBlockingConsumer"/>).
/// </summary>
internal sealed class RedisTarget(int port, ClientTuning tuning = ClientTuning.Throughput) : IBenchTarget
{
    public string Name => "Redis Streams";

    /// <summary>What StackExchange.Redis connects to.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");

    /// <summary>The server's version, from INFO.</summary>
    public async Task<string> VersionAsync()
    {
        await using var connection = await ConnectAsync();
        return connection.GetServer(Endpoint).Version.ToString();
    }

    public static RedisKey Stream(string topic, int partition) => string.Create(CultureInfo.InvariantCulture, $"{topic}:{partition}");

    public Task CreateTopicAsync(string topic, int partitions) => Task.CompletedTask;

    public async Task DeleteTopicAsync(string topic)
    {
        await using var connection = await ConnectAsync();
        var server = connection.GetServer(Endpoint);
        await connection.GetDatabase().KeyDeleteAsync([.. server.Keys(pattern: $"{topic}:*")]);
    }

    public async Task<IBenchProducer> OpenProducerAsync(string topic, int partitions) =>
        new RedisProducer(await ConnectAsync(), [.. Enumerable.Range(0, partitions).Select(partition => Stream(topic, partition))]);

    public async Task<IBenchConsumer> OpenConsumerAsync(string topic, IReadOnlyList<int> partitions) => tuning == ClientTuning.Latency
        ? new RedisBlockingConsumer(await ConnectAsync(), topic, partitions)
        : new RedisConsumer(await ConnectAsync(), topic, partitions);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<ConnectionMultiplexer> ConnectAsync() =>
        ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions { EndPoints = { Endpoint }, AllowAdmin = true });
}
