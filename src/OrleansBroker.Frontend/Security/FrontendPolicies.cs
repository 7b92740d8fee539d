namespace OrleansBroker.Frontend.Security;

/// <summary>
/// The two kinds of access the frontend grants: reading (topics, records, groups, cluster) and administering
/// (create, delete, alter, reset, produce). Every API endpoint and page names one of them; a test enumerates the
/// endpoints and fails on any that does not.
/// <list type="bullet">
/// <item>API endpoints: <c>.RequireAuthorization(FrontendPolicies.Read)</c> on GETs,
/// <c>.RequireAuthorization(FrontendPolicies.Admin)</c> on anything that changes the broker (every non-GET under
/// <c>/api</c> must be Admin). API keys and Entra ID bearer tokens count fully there; a browser session counts as
/// Read only, so a cross-site POST riding on the cookie cannot change anything.</item>
/// <item>Pages: every page under <c>Pages/</c> requires Read by convention, and every POST to a page (any handler)
/// requires Admin as well as Razor Pages' anti-forgery token (the form tag helper adds it). So a page shows on GET
/// and changes on POST with nothing to add; a page that is admin-only even to look at adds
/// <c>[Authorize(Policy = FrontendPolicies.Admin)]</c>. Forms that only read use GET. Only the sign-in, sign-out and
/// access-denied pages are <c>[AllowAnonymous]</c>.</item>
/// </list>
/// </summary>
public static class FrontendPolicies
{
    /// <summary>Looking at the broker: callers with the <see cref="FrontendRoles.Reader"/> or <see cref="FrontendRoles.Admin"/> role.</summary>
    public const string Read = "broker-read";

    /// <summary>Changing the broker: callers with the <see cref="FrontendRoles.Admin"/> role.</summary>
    public const string Admin = "broker-admin";
}
