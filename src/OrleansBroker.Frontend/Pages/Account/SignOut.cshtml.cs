using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Account;

/// <summary>
/// Ends the browser session. Only a POST signs out (with its anti-forgery token), so no link on another site can;
/// anyone may post it, so a caller whose session grants nothing can still leave.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    /// <summary>Shows the sign-out button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Removes the session cookie and goes to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(FrontendSchemes.Cookie);
        return RedirectToPage("SignIn");
    }
}
