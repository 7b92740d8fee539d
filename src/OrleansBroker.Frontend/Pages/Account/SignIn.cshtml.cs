using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Account;

/// <summary>
/// Where a person signs in: with an API key, which becomes a browser session with that key's role, or with Microsoft
/// (Entra ID) when it is configured. Returns to <see cref="ReturnUrl"/> only when it is a local address.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(ApiKeyChecker keys, IAuthenticationSchemeProvider schemes) : PageModel
{
    /// <summary>The key typed in.</summary>
    [BindProperty]
    public string? Key { get; set; }

    /// <summary>The page to go back to after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether "Sign in with Microsoft" is offered (Entra ID is configured).</summary>
    public bool MicrosoftSignIn { get; private set; }

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync() => MicrosoftSignIn = await IsMicrosoftConfiguredAsync();

    /// <summary>Signs in with the key, or shows the form again saying the key is not valid.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var caller = keys.Authenticate(Key, FrontendSchemes.Cookie);
        if (caller is null)
        {
            ModelState.AddModelError(nameof(Key), "That key is not valid: enter the admin or read-only API key of this frontend.");
            MicrosoftSignIn = await IsMicrosoftConfiguredAsync();
            return Page();
        }

        await HttpContext.SignInAsync(FrontendSchemes.Cookie, caller);
        return LocalRedirect(LocalReturnUrl);
    }

    /// <summary>Hands over to Entra ID sign-in, which comes back with a browser session.</summary>
    public async Task<IActionResult> OnGetMicrosoftAsync() => await IsMicrosoftConfiguredAsync()
        ? Challenge(new AuthenticationProperties { RedirectUri = LocalReturnUrl }, FrontendSchemes.OpenIdConnect)
        : NotFound();

    private string LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    private async Task<bool> IsMicrosoftConfiguredAsync() => await schemes.GetSchemeAsync(FrontendSchemes.OpenIdConnect) is not null;
}
