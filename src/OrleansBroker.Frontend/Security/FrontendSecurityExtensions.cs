using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrleansBroker.Frontend.Security;

/// <summary>Registers who may do what: authentication schemes, the <see cref="FrontendPolicies"/> and the pages' conventions.</summary>
internal static class FrontendSecurityExtensions
{
    /// <summary>The setting that makes Development require authentication as every other environment does.</summary>
    public const string RequireAuthenticationSetting = "Frontend:RequireAuthentication";

    /// <summary>
    /// Adds authentication and the read and admin policies. Outside Development (or with
    /// <see cref="RequireAuthenticationSetting"/>) a request is authenticated by what it carries: an
    /// <c>X-Api-Key</c> header, an Entra ID bearer token (when configured) or else the browser session. In
    /// Development everyone is admin.
    /// </summary>
    public static WebApplicationBuilder AddFrontendSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var requireAuthentication = !builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>(RequireAuthenticationSetting);
        var entraId = EntraIdAuthentication.IsConfigured(builder.Configuration);

        services.Configure<ApiKeyOptions>(builder.Configuration.GetSection(ApiKeyOptions.Section));
        services.AddSingleton<ApiKeyChecker>();
        var authentication = services.AddAuthentication(requireAuthentication ? FrontendSchemes.Credentials : FrontendSchemes.Development)
            .AddPolicyScheme(FrontendSchemes.Credentials, displayName: null, options => options.ForwardDefaultSelector = context => SchemeOf(context.Request, entraId))
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(FrontendSchemes.ApiKey, configureOptions: null)
            .AddCookie(FrontendSchemes.Cookie, BrowserSession.Configure);
        if (requireAuthentication)
        {
            services.AddHostedService<MissingCredentialsWarning>();
        }
        else
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentAuthenticationHandler>(FrontendSchemes.Development, configureOptions: null);
        }

        if (entraId)
        {
            authentication.AddEntraId(builder.Configuration);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(FrontendPolicies.Read, policy => policy.RequireRole(FrontendRoles.Admin, FrontendRoles.Reader))
            .AddPolicy(FrontendPolicies.Admin, policy => policy.RequireRole(FrontendRoles.Admin));
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/", FrontendPolicies.Read);
            options.Conventions.ConfigureFilter(new AdminPagePostsFilter());
        });
        return builder;
    }

    /// <summary>The scheme that authenticates <paramref name="request"/>: the credential it carries, else the browser session.</summary>
    private static string SchemeOf(HttpRequest request, bool entraId)
    {
        if (request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName))
        {
            return FrontendSchemes.ApiKey;
        }

        return entraId && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? FrontendSchemes.Bearer
            : FrontendSchemes.Cookie;
    }
}
