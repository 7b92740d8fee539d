namespace OrleansBroker.Frontend.Security;

/// <summary>
/// How the API refuses a caller: an RFC 7807 problem (<c>application/problem+json</c>) with a detail that says what
/// to do, never a redirect to the sign-in page, whichever scheme refused.
/// </summary>
internal static class ApiProblem
{
    /// <summary>No credentials, or none that identify anyone.</summary>
    public const string NotSignedIn = "Authentication is required: send an API key in the X-Api-Key header (or an Entra ID bearer token, where Entra ID is configured).";

    /// <summary>Signed in as a reader, asking to change something.</summary>
    public const string NotAdmin = "This needs the admin role (Broker.Admin). Read-only keys and tokens, and browser sessions, can only read through the API: use an admin API key or token, or the web UI's forms.";

    /// <summary>Signed in (with Entra ID) but given neither app role.</summary>
    public const string NoRole = "Your sign-in has no role here: reading needs the Broker.Read or Broker.Admin app role, changing needs Broker.Admin.";

    /// <summary>Whether <paramref name="request"/> is for the HTTP API (under <c>/api</c>) rather than a page.</summary>
    public static bool IsApiRequest(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>Writes a 401 problem with <paramref name="detail"/>.</summary>
    public static Task UnauthorizedAsync(HttpContext context, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);

    /// <summary>Writes a 403 problem saying which role is missing.</summary>
    public static Task ForbiddenAsync(HttpContext context) =>
        Results.Problem(FrontendRoles.Of(context.User) is null ? NoRole : NotAdmin, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
}
