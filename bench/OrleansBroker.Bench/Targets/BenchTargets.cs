using System.CommandLine;
using OrleansBroker.Bench.Commands;
using System.Runtime.InteropServices;
using OrleansBroker.Bench.Peers;
using OrleansBroker.Client;

namespace OrleansBroker.Bench.Targets;

/// <summary>
/// The targets one command compares, with what they run on: a silo process (serving the SDK through its gateway and
/// Confluent.Kafka through its Kafka listener), the application's Orleans client, and the peer servers the chosen
/// targets need, all started here on loopback ports and stopped on dispose.
/// </summary>
internal sealed class BenchTargets : IAsyncDisposable
{
    private static readonly string[] Names = ["sdk", "confluent", "redis", "nats"];
    private readonly List<IAsyncDisposable> _started = [];
    private readonly List<IBenchTarget> _targets = [];

    private BenchTargets()
    {
    }

    /// <summary>The chosen targets, in the order <see cref="Names"/> lists them.</summary>
    public IReadOnlyList<IBenchTarget> All => _targets;

    /// <summary>Runtime and server versions, for the table's caption.</summary>
    public string Versions { get; private set; } = string.Empty;

    /// <summary>The <c>--targets</c> option both comparing commands take.</summary>
    public static Option<string[]> CreateOption() => ChoiceListOption.Create("--targets", "Targets", Names);

    /// <summary>Starts what the <paramref name="chosen"/> targets (from <see cref="CreateOption"/>) need and opens them with clients set up for <paramref name="tuning"/>.</summary>
    public static async Task<BenchTargets> StartAsync(IReadOnlyCollection<string> chosen, ClientTuning tuning)
    {
        var targets = new BenchTargets();
        try
        {
            await targets.OpenAsync(chosen, tuning);
            return targets;
        }
        catch
        {
            await targets.DisposeAsync();
            throw;
        }
    }

    /// <summary>The targets in the order repetition <paramref name="repetition"/> runs them: rotated, so none always goes first.</summary>
    public IEnumerable<IBenchTarget> InTurn(int repetition) =>
        _targets.Skip(repetition % _targets.Count).Concat(_targets.Take(repetition % _targets.Count));

    /// <summary>A topic name unique to this workload, repetition and target.</summary>
    public string TopicFor(string workload, int repetition, IBenchTarget target) => $"bench-{workload}-{repetition}-{_targets.IndexOf(target)}";

    public async ValueTask DisposeAsync()
    {
        foreach (var target in _targets)
        {
            await target.DisposeAsync();
        }

        for (var index = _started.Count - 1; index >= 0; index--)
        {
            await _started[index].DisposeAsync();
        }
    }

    private async Task OpenAsync(IReadOnlyCollection<string> chosen, ClientTuning tuning)
    {
        var silo = Started(new SiloProcess(BuiltAssemblies.Find(typeof(BenchTargets).Assembly, "SiloDll"), "--Logging:LogLevel:Default=Warning"));
        await silo.StartAsync();
        var client = Started(await BrokerClient.ConnectAsync($"127.0.0.1:{silo.GatewayPort}"));
        var versions = new List<string> { RuntimeInformation.FrameworkDescription, "Orleans 10", $"librdkafka {Confluent.Kafka.Library.VersionString}" };
        if (chosen.Contains("sdk"))
        {
            _targets.Add(new SdkTarget(client, tuning));
        }

        if (chosen.Contains("confluent"))
        {
            _targets.Add(new ConfluentTarget(client, silo.KafkaBootstrapServer, tuning));
        }

        if (chosen.Contains("redis"))
        {
            var redis = new RedisTarget(Started(await PeerServer.StartRedisAsync()).Port, tuning);
            _targets.Add(redis);
            versions.Add($"redis-server {await redis.VersionAsync()}");
        }

        if (chosen.Contains("nats"))
        {
            var nats = new NatsTarget(Started(await PeerServer.StartNatsAsync()).Port);
            _targets.Add(nats);
            versions.Add($"nats-server {await nats.VersionAsync()}");
        }

        Versions = string.Join(", ", versions);
    }

    private T Started<T>(T resource)
        where T : IAsyncDisposable
    {
        _started.Add(resource);
        return resource;
    }
}
