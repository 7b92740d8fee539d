using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// The <c>X-Api-Key</c> scheme: a request carrying the header is the caller of the key it matches
/// (<see cref="ApiKeyChecker"/>); a key that matches none is refused outright, never treated as anonymous.
/// Challenges and forbids answer with problem details, as API callers expect.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyChecker keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    private const string InvalidKey = $"The API key in the {HeaderName} header is not valid.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var caller = keys.Authenticate(presented.ToString(), Scheme.Name);
        return Task.FromResult(caller is null
            ? AuthenticateResult.Fail(InvalidKey)
            : AuthenticateResult.Success(new AuthenticationTicket(caller, Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await ApiProblem.UnauthorizedAsync(Context, result.Failure?.Message ?? ApiProblem.NotSignedIn);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ApiProblem.ForbiddenAsync(Context);
}
