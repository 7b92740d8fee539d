using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace OrleansBroker.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>The tag of the checks <c>/alive</c> runs: the process answers at all.</summary>
    public const string LiveTag = "live";

    /// <summary>Adds the liveness check "self"; hosts add their own readiness checks (e.g. the silo's Orleans check).</summary>
    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check: ready for traffic) and <c>/alive</c> (checks tagged <see cref="LiveTag"/>).
    /// Mapped in every environment because the orchestrator (Aspire, Azure Container Apps) probes them; they answer
    /// only Healthy, Degraded or Unhealthy, never the checks' details.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        return app;
    }
}
