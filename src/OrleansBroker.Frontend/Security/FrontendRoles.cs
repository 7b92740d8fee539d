using System.Security.Claims;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// The role claims the <see cref="FrontendPolicies"/> check. They are spelled as the Entra ID app roles, so a token
/// with app role <c>Broker.Admin</c> or <c>Broker.Read</c> needs no mapping; API keys and the sign-in page issue the same.
/// </summary>
public static class FrontendRoles
{
    /// <summary>May change the broker (and look at it).</summary>
    public const string Admin = "Broker.Admin";

    /// <summary>May only look at the broker.</summary>
    public const string Reader = "Broker.Read";

    /// <summary>The caller's role: <see cref="Admin"/>, <see cref="Reader"/>, or null when it has neither.</summary>
    public static string? Of(ClaimsPrincipal user) =>
        user.IsInRole(Admin) ? Admin : user.IsInRole(Reader) ? Reader : null;
}
