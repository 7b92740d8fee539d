using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Account;

/// <summary>Where a signed-in caller lands, with status 403, after trying something their role does not allow.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    /// <summary>The page that was refused, offered again after signing in with another key.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether the caller has a role, so may at least look (and what was refused was a change).</summary>
    public bool HasRole => FrontendRoles.Of(User) is not null;

    /// <summary>Shows the refusal with status 403.</summary>
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
