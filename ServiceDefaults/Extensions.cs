using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrleansBroker.ServiceDefaults;

/// <summary>
/// The defaults every OrleansBroker process starts with (the Aspire service-defaults pattern): telemetry over OTLP,
/// health checks and, for hosts that call out over HTTP, service discovery and resilience.
/// </summary>
public static partial class Extensions
{
    /// <summary>
    /// For web hosts: <see cref="AddBasicServiceDefaults"/> plus service discovery and the standard resilience
    /// handler on every <see cref="System.Net.Http.HttpClient"/>. Pair with <see cref="MapDefaultEndpoints"/>.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddBasicServiceDefaults();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>
    /// For hosts without HTTP (and the base of <see cref="AddServiceDefaults"/>): OpenTelemetry logs, traces and
    /// metrics, exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and the default health checks.
    /// </summary>
    public static TBuilder AddBasicServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddDefaultHealthChecks();
        builder.ConfigureOpenTelemetry();
        return builder;
    }
}
