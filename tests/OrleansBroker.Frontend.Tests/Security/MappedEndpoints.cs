using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>What the security tests read off a mapped endpoint: what it is, what it requires, and a request that reaches it.</summary>
internal static class MappedEndpoints
{
    /// <summary>Whether the endpoint is part of the HTTP API.</summary>
    public static bool IsApi(this RouteEndpoint endpoint) => Route(endpoint).StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the endpoint is a Razor page.</summary>
    public static bool IsPage(this RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    /// <summary>The policies the endpoint names.</summary>
    public static IReadOnlyList<string?> Policies(this RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).ToList();

    /// <summary>Whether the endpoint lets anyone in.</summary>
    public static bool AllowsAnonymous(this RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    /// <summary>The HTTP methods it answers (GET when it does not say).</summary>
    public static IReadOnlyList<string> Methods(this RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET"];

    /// <summary>Whether it answers anything but GET or HEAD, i.e. changes something.</summary>
    public static bool Changes(this RouteEndpoint endpoint) => endpoint.Methods().Any(method => method is not ("GET" or "HEAD"));

    /// <summary>A path that reaches the endpoint: every route parameter is "0", which fits strings and numbers alike.</summary>
    public static string SamplePath(this RouteEndpoint endpoint) =>
        "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "0",
        }))));

    /// <summary>"METHOD /route" for failure messages.</summary>
    public static string Describe(this RouteEndpoint endpoint) => $"{string.Join(",", endpoint.Methods())} {Route(endpoint)}";

    private static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
}
