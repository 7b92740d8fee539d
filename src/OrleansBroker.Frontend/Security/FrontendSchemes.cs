using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace OrleansBroker.Frontend.Security;

/// <summary>The frontend's authentication schemes, by name.</summary>
public static class FrontendSchemes
{
    /// <summary>The default scheme outside Development: picks <see cref="ApiKey"/>, <see cref="Bearer"/> or <see cref="Cookie"/> by what the request carries.</summary>
    public const string Credentials = "Credentials";

    /// <summary>The <c>X-Api-Key</c> header.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>The browser session the sign-in page (or Entra ID sign-in) issues.</summary>
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Entra ID access tokens for the API (only when <c>AzureAd:ClientId</c> is configured).</summary>
    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Entra ID sign-in for the web UI (only when <c>AzureAd:ClientId</c> is configured).</summary>
    public const string OpenIdConnect = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>The default scheme in Development (unless <c>Frontend:RequireAuthentication</c>): everyone is admin.</summary>
    public const string Development = "Development";
}
