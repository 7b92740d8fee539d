using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Account;

/// <summary>Who the caller is signed in as and what that allows, at <c>/Account</c>.</summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class IndexModel : PageModel
{
    /// <summary>"admin" or "read-only".</summary>
    public string Access => User.IsInRole(FrontendRoles.Admin) ? "admin" : "read-only";
}
