using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansBroker.Frontend.Tests.Security;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>
/// One broker silo and the frontend as deployed (Production, API keys) with Kestrel's limits lowered through its
/// <c>Kestrel:Limits</c> configuration so a test can reach them, and the errors both hosts log captured. A cluster of
/// its own, so the raw connections and the logs they cause touch no other test.
/// </summary>
public sealed class HostileHttpFixture : BrokerClusterFixture
{
    /// <summary>Kestrel's limit on a request body, in bytes.</summary>
    public const int MaxRequestBodySize = 65_536;

    /// <summary>How long Kestrel keeps a connection with no request open (its default is 130 s).</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How long Kestrel waits for a request's headers once they have begun (its default is 30 s).</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(2);

    private FrontendHost? _frontend;
    private HttpClient? _http;

    /// <summary>What the silo and the frontend logged that means a failure inside them.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// An admin client of the frontend whose pooled connections are dropped after 1 s idle, well before Kestrel's
    /// keep-alive closes them, so no request is ever sent on a connection the server is closing.
    /// </summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException("The frontend has not been started.");

    /// <summary>The frontend's port on 127.0.0.1.</summary>
    public int Port => Http.BaseAddress!.Port;

    /// <inheritdoc />
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var limits = new Dictionary<string, string?>
        {
            ["Kestrel:Limits:KeepAliveTimeout"] = KeepAliveTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["Kestrel:Limits:RequestHeadersTimeout"] = RequestHeadersTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["Kestrel:Limits:MaxRequestBodySize"] = MaxRequestBodySize.ToString(CultureInfo.InvariantCulture),
        };
        _frontend = await FrontendHost.StartAsync(
            Broker.Client, "Production", SecuredFrontend.Keys.Concat(limits).ToDictionary(), builder => builder.Logging.Services.AddSingleton<ILoggerProvider>(Logs));
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(1) }) { BaseAddress = _frontend.Http.BaseAddress };
        _http.DefaultRequestHeaders.Add("X-Api-Key", SecuredFrontend.AdminKey);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_frontend is not null)
        {
            await _frontend.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    /// <inheritdoc />
    protected override void ConfigureSiloHost(IHostApplicationBuilder host) => host.Logging.Services.AddSingleton<ILoggerProvider>(Logs);
}
