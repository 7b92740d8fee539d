using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// Development's scheme: every request is an admin, without credentials, so the UI and API can be tried at once.
/// Registered only in Development, and not there when <c>Frontend:RequireAuthentication</c> is true.
/// </summary>
internal sealed class DevelopmentAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(
            FrontendPrincipal.Create("Development (everyone is admin)", FrontendRoles.Admin, Scheme.Name),
            Scheme.Name)));
}
