using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Web;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// Entra ID through Microsoft.Identity.Web, when the <c>AzureAd</c> section names an app registration
/// (<c>ClientId</c>, <c>TenantId</c>, <c>Instance</c>): OpenID Connect sign-in for the web UI, which ends in the
/// <see cref="BrowserSession"/> cookie, and JWT bearer access tokens for the API. The app roles
/// <see cref="FrontendRoles.Admin"/> and <see cref="FrontendRoles.Reader"/> arrive as role claims.
/// </summary>
internal static class EntraIdAuthentication
{
    /// <summary>The configuration section of the app registration.</summary>
    public const string Section = "AzureAd";

    private const string BearerRefused = "The bearer token was refused: it must be a valid Entra ID access token for this application.";

    /// <summary>Whether an app registration is configured.</summary>
    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrEmpty(configuration[$"{Section}:ClientId"]);

    /// <summary>Adds the OpenID Connect and JWT bearer schemes.</summary>
    public static AuthenticationBuilder AddEntraId(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        authentication.AddMicrosoftIdentityWebApp(section, FrontendSchemes.OpenIdConnect, cookieScheme: null);
        authentication.AddMicrosoftIdentityWebApi(section, FrontendSchemes.Bearer);
        authentication.Services.PostConfigure<OpenIdConnectOptions>(FrontendSchemes.OpenIdConnect, options => options.SignInScheme = FrontendSchemes.Cookie);
        authentication.Services.PostConfigure<JwtBearerOptions>(FrontendSchemes.Bearer, AnswerWithProblems);
        return authentication;
    }

    private static void AnswerWithProblems(JwtBearerOptions options)
    {
        var events = options.Events ??= new JwtBearerEvents();
        var challenge = events.OnChallenge;
        var forbidden = events.OnForbidden;
        events.OnChallenge = async context =>
        {
            await challenge(context);
            if (!context.Handled)
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await ApiProblem.UnauthorizedAsync(context.HttpContext, context.AuthenticateFailure is null ? ApiProblem.NotSignedIn : BearerRefused);
            }
        };
        events.OnForbidden = async context =>
        {
            await forbidden(context);
            await ApiProblem.ForbiddenAsync(context.HttpContext);
        };
    }
}
