using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansBroker.Client;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Frontend.Cluster;
using OrleansBroker.Frontend.Pages;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Frontend.Security;
using OrleansBroker.ServiceDefaults;
using OrleansBroker.Silo.Hosting;

namespace OrleansBroker.Frontend.Hosting;

/// <summary>The frontend's services (telemetry and health from the service defaults): the Orleans client the broker is reached through, the SDK over it and the API's plumbing.</summary>
public static class BrokerFrontendExtensions
{
    /// <summary>
    /// Adds the broker connection and what the HTTP API needs. The Orleans client is set up in the mode the
    /// configuration asks for, unless the host already registered an <see cref="IClusterClient"/> (tests do):
    /// <list type="bullet">
    /// <item>cluster mode (Aspire's <c>orleans.AsClient()</c> reference, Azure): Orleans configured from the
    /// <c>Orleans</c> section, with the keyed Table client of <c>ConnectionStrings:clustering</c> for membership.</item>
    /// <item>standalone: static gateways from <c>Broker:BootstrapServers</c> (default <c>localhost:30000</c>).</item>
    /// </list>
    /// </summary>
    public static WebApplicationBuilder AddBrokerFrontend(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        if (!builder.Services.Any(service => service.ServiceType == typeof(IClusterClient)))
        {
            if (ClusterConfiguration.IsCluster(builder.Configuration))
            {
                builder.AddKeyedTableServiceClient(StorageConnectionNames.Clustering);
                builder.UseOrleansClient();
            }
            else
            {
                builder.UseOrleansClient(client => client.UseBrokerGateways(builder.Configuration["Broker:BootstrapServers"] ?? "localhost:30000"));
            }
        }

        builder.Services.AddSingleton(services => BrokerClient.FromClusterClient(services.GetRequiredService<IClusterClient>()));
        builder.Services.AddSingleton(services => services.GetRequiredService<BrokerClient>().CreateAdminClient());
        builder.Services.AddRecordServices();
        builder.Services.AddProblemDetails();
        // Unreadable requests throw, for UnreadableRequestMiddleware to answer with a problem naming what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // WebApplication binds only Kestrel's endpoints from the Kestrel section; its limits (timeouts, body size) are bound here.
        builder.WebHost.ConfigureKestrel(kestrel => builder.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits));
        builder.Services.AddOpenApi();
        builder.Services.AddClusterOverviews();
        builder.Services.AddRazorPages();
        builder.AddBrokerWebUi();
        builder.AddFrontendSecurity();
        return builder;
    }

    /// <summary>
    /// The frontend's request pipeline and endpoints: static files, authentication, the HTTP API under <c>/api</c>,
    /// its OpenAPI document, the web UI's pages and the health endpoints. Program.cs and the tests' host both use it.
    /// </summary>
    public static WebApplication MapBrokerFrontend(this WebApplication app)
    {
        app.UseMiddleware<UnreadableRequestMiddleware>();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapTopicsApi();
        app.MapClusterApi();
        app.MapRecordsApi();
        app.MapConsumerGroupsApi();
        app.MapRazorPages();
        app.MapDefaultEndpoints();
        return app;
    }
}
