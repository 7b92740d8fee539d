using System.Security.Claims;

namespace OrleansBroker.Frontend.Security;

/// <summary>The signed-in caller the frontend's own schemes issue: a display name and one <see cref="FrontendRoles"/> role.</summary>
internal static class FrontendPrincipal
{
    /// <summary>A caller named <paramref name="name"/> with <paramref name="role"/>, authenticated by <paramref name="authenticationType"/>.</summary>
    public static ClaimsPrincipal Create(string name, string role, string authenticationType) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], authenticationType, ClaimTypes.Name, ClaimTypes.Role));
}
