using Microsoft.AspNetCore.Routing;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>The frontend as deployed (Production) with an admin and a read-only key, and the endpoints it maps.</summary>
internal static class SecuredFrontend
{
    /// <summary>The configured admin key.</summary>
    public const string AdminKey = "test-admin-key";

    /// <summary>The configured read-only key.</summary>
    public const string ReadOnlyKey = "test-read-only-key";

    /// <summary>Both keys, as configuration.</summary>
    public static IReadOnlyDictionary<string, string?> Keys { get; } = new Dictionary<string, string?>
    {
        ["Frontend:ApiKeys:Admin"] = AdminKey,
        ["Frontend:ApiKeys:ReadOnly"] = ReadOnlyKey,
    };

    /// <summary>Starts the frontend in Production with both keys and <paramref name="extra"/> settings.</summary>
    public static Task<FrontendHost> StartAsync(IClusterClient cluster, IReadOnlyDictionary<string, string?>? extra = null) =>
        FrontendHost.StartAsync(cluster, "Production", Keys.Concat(extra ?? new Dictionary<string, string?>()).ToDictionary());

    /// <summary>
    /// Every route endpoint the frontend maps (API, pages, health), read from an app set up as Program.cs sets it up
    /// but never started: what is mapped is all that matters.
    /// </summary>
    public static async Task<IReadOnlyList<RouteEndpoint>> EndpointsAsync(IClusterClient cluster)
    {
        await using var app = FrontendHost.Build(cluster, "Production");
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();
    }
}
