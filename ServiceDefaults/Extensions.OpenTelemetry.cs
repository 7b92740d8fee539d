using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OrleansBroker.ServiceDefaults;

public static partial class Extensions
{
    // Orleans' meter and the broker's (OrleansBroker.Grains.Telemetry.BrokerMetrics.MeterName, named here so this
    // project does not depend on the grains).
    private static readonly string[] Meters = ["Microsoft.Orleans", "OrleansBroker"];

    // Orleans' runtime and grain-call activity sources.
    private static readonly string[] TraceSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    /// <summary>
    /// Sends logs (with formatted messages and scopes), traces (Orleans' runtime and grain calls, ASP.NET Core,
    /// HttpClient) and metrics (the <c>Microsoft.Orleans</c> and <c>OrleansBroker</c> meters, ASP.NET Core,
    /// HttpClient, the runtime) to OpenTelemetry; they leave the process over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (Aspire sets it).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithTracing(tracing => tracing
                .AddSource(TraceSources)
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
