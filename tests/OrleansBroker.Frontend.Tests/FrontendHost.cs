using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansBroker.Frontend.Hosting;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// The frontend as its Program.cs sets it up, on a loopback port the OS picks, in the given environment and with
/// the test cluster's client in place of its own Orleans client.
/// </summary>
public sealed class FrontendHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FrontendHost(WebApplication app, HttpClient http) => (_app, Http) = (app, http);

    /// <summary>A client whose base address is the frontend's.</summary>
    public HttpClient Http { get; }

    /// <summary>
    /// Starts the frontend in <paramref name="environment"/> with <paramref name="settings"/> as extra configuration;
    /// <paramref name="configure"/> adds to the builder before the frontend's own setup (a test's log capture).
    /// </summary>
    public static async Task<FrontendHost> StartAsync(
        IClusterClient cluster, string environment, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = Build(cluster, environment, settings, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new FrontendHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>The frontend's app, set up and mapped as Program.cs does it, bound to a free loopback port, not started.</summary>
    public static WebApplication Build(
        IClusterClient cluster, string environment, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(cluster);
        configure?.Invoke(builder);
        builder.AddBrokerFrontend();
        var app = builder.Build();
        app.MapBrokerFrontend();
        return app;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
