using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// The browser's session cookie, issued by the sign-in page (an API key) or by Entra ID sign-in. Pages without a
/// session redirect to the sign-in page; API requests never redirect but get 401/403 problems. On the API the
/// session counts as a reader whatever its role: the browser sends the cookie on any request, cross-site ones
/// included, so only Razor Page forms, which carry anti-forgery tokens, may change the broker with it.
/// </summary>
internal static class BrowserSession
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = ".OrleansBroker.Session";

    /// <summary>Sets up the cookie scheme's options.</summary>
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.LoginPath = "/Account/SignIn";
        options.LogoutPath = "/Account/SignOut";
        options.AccessDeniedPath = "/Account/AccessDenied";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;

        var events = new CookieAuthenticationEvents();
        var redirectToLogin = events.OnRedirectToLogin;
        var redirectToAccessDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToLogin = context => ApiProblem.IsApiRequest(context.Request)
            ? ApiProblem.UnauthorizedAsync(context.HttpContext, ApiProblem.NotSignedIn)
            : redirectToLogin(context);
        events.OnRedirectToAccessDenied = context => ApiProblem.IsApiRequest(context.Request)
            ? ApiProblem.ForbiddenAsync(context.HttpContext)
            : redirectToAccessDenied(context);
        events.OnValidatePrincipal = ReadOnlyOnTheApiAsync;
        options.Events = events;
    }

    private static Task ReadOnlyOnTheApiAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && ApiProblem.IsApiRequest(context.Request) && principal.IsInRole(FrontendRoles.Admin))
        {
            context.ReplacePrincipal(new ClaimsPrincipal(principal.Identities.Select(AsReader)));
        }

        return Task.CompletedTask;
    }

    private static ClaimsIdentity AsReader(ClaimsIdentity identity) => new(
        identity.Claims.Select(claim => claim.Type == identity.RoleClaimType && claim.Value == FrontendRoles.Admin
            ? new Claim(claim.Type, FrontendRoles.Reader, claim.ValueType, claim.Issuer)
            : claim),
        identity.AuthenticationType,
        identity.NameClaimType,
        identity.RoleClaimType);
}
