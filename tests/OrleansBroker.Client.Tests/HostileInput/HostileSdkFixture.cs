using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>
/// One broker silo with a message.max.bytes low enough to pass in a test and groups that form at once, whose errors are captured. A cluster of its
/// own, so the raw connections to its gateway and the logs they cause touch no other test.
/// </summary>
public sealed class HostileSdkFixture : SdkClusterFixture
{
    /// <summary>message.max.bytes of the broker.</summary>
    public const int MessageMaxBytes = 65_536;

    /// <summary>What the silo logged that means a failure inside the broker.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The silo's Orleans gateway port on 127.0.0.1.</summary>
    public int GatewayPort => Broker.Cluster.Silos[0].GatewayAddress.Endpoint.Port;

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["MessageMaxBytes"] = MessageMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["GroupInitialRebalanceDelayMs"] = "0",
        ["GroupMinSessionTimeoutMs"] = "500",
    };

    /// <inheritdoc />
    protected override void ConfigureSiloHost(IHostApplicationBuilder host) => host.Logging.Services.AddSingleton<ILoggerProvider>(Logs);
}
