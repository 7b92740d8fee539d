using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Frontend.Security;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Pages;

/// <summary>
/// The base of the broker's pages. A page loads its data through <see cref="ShowAsync"/> and runs the changes its forms
/// ask for through <see cref="ChangeAsync"/>: when the broker refuses, the page shows the broker's message as a
/// <see cref="Problem"/> (Shared/_Problem, rendered by the layout) with the HTTP status the API gives for it, and the
/// form keeps what was typed. Access: each page model names <see cref="FrontendPolicies.Read"/>; POSTs need
/// <see cref="FrontendPolicies.Admin"/> by the security convention (see <see cref="FrontendPolicies"/>), so one page per
/// resource keeps its forms beside its data; <see cref="CanAdminister"/> hides the forms from readers.
/// </summary>
public abstract class BrokerPageModel : PageModel
{
    /// <summary>The TempData key of the one-time notice the layout shows after a change (post/redirect/get).</summary>
    public const string NoticeKey = "Notice";

    /// <summary>What the broker refused, shown above the page's content; null when nothing was.</summary>
    public ProblemDetails? Problem { get; private set; }

    /// <summary>Whether the user may change the broker: pages show their forms only then.</summary>
    public bool CanAdminister { get; private set; }

    /// <inheritdoc />
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var authorization = HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        CanAdminister = (await authorization.AuthorizeAsync(User, FrontendPolicies.Admin)).Succeeded;
        await next();
    }

    /// <summary>Loads the page's data; a broker error (an unknown topic, say) shows as the problem, with its status.</summary>
    protected async Task<IActionResult> ShowAsync(Func<Task> load)
    {
        try
        {
            await load();
        }
        catch (BrokerException e) when (IsForTheUser(e))
        {
            Refused(e);
        }

        return Page();
    }

    /// <summary>
    /// Runs a form's change when its input bound cleanly (else 400, and the fields show their errors) and returns where
    /// to go next; when the broker refuses, reloads the page's data with <paramref name="reload"/> and shows why.
    /// </summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task<IActionResult>> change, Func<Task> reload)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            try
            {
                return await change();
            }
            catch (BrokerException e) when (IsForTheUser(e))
            {
                Refused(e);
            }
        }

        return await ShowAsync(reload);
    }

    /// <summary>Redirects to <paramref name="pageName"/>, which then shows <paramref name="notice"/> once.</summary>
    protected RedirectToPageResult RedirectWithNotice(string notice, string pageName, object? routeValues = null)
    {
        TempData[NoticeKey] = notice;
        return RedirectToPage(pageName, routeValues);
    }

    /// <summary>Errors the API reports with the broker's message (4xx); the rest are server failures, reported as such.</summary>
    private static bool IsForTheUser(BrokerException e) =>
        BrokerProblemFilter.StatusOf(e.Code) != StatusCodes.Status500InternalServerError;

    private void Refused(BrokerException e)
    {
        Problem = new ProblemDetails
        {
            Status = BrokerProblemFilter.StatusOf(e.Code),
            Title = e.Code.ToString(),
            Detail = e.Message,
            Extensions = { ["errorCode"] = e.Code.ToString() },
        };
        Response.StatusCode = Problem.Status.Value;
    }
}
