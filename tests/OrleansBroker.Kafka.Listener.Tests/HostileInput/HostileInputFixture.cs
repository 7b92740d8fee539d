using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.HostileInput;

/// <summary>
/// One broker silo with limits low enough to reach in a test (idle timeout, request size, message size, group session timeouts), whose
/// warnings and errors are captured. A cluster of its own, since fuzzing creates and deletes topics at random.
/// </summary>
public sealed class HostileInputFixture : BrokerClusterFixture
{
    /// <summary>connections.max.idle.ms of the listener.</summary>
    public const int IdleTimeoutMs = 1_000;

    /// <summary>socket.request.max.bytes of the listener.</summary>
    public const int RequestMaxBytes = 1_048_576;

    /// <summary>message.max.bytes of the broker.</summary>
    public const int MessageMaxBytes = 65_536;

    /// <summary>What the silo logged at warning level or above that means a failure inside the broker.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The listener's port on 127.0.0.1.</summary>
    public int Port => Broker.KafkaListeners[0].Broker.Port;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Kafka:ConnectionsMaxIdleMs"] = IdleTimeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Kafka:SocketRequestMaxBytes"] = RequestMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["MessageMaxBytes"] = MessageMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),

        // Groups a fuzzer joins and abandons expire within seconds, so a JoinGroup waiting for them ends as soon.
        ["GroupInitialRebalanceDelayMs"] = "0",
        ["GroupMinSessionTimeoutMs"] = "100",
        ["GroupMaxSessionTimeoutMs"] = "2000",
    };

    /// <inheritdoc />
    protected override void ConfigureSiloHost(IHostApplicationBuilder host) => host.Logging.Services.AddSingleton<ILoggerProvider>(Logs);
}
