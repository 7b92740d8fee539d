using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// Requires <see cref="FrontendPolicies.Admin"/> of every request to a page that is not a GET or HEAD (Razor Pages
/// cannot put a policy on a single handler, and a page's POST handlers are where it changes things); pages marked
/// <see cref="AllowAnonymousAttribute"/> (sign-in, sign-out) are left alone. It runs before the anti-forgery check.
/// </summary>
internal sealed class AdminPagePostsFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before Razor Pages' anti-forgery validation (order 1000).</summary>
    public int Order => 0;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return;
        }

        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(http.User, FrontendPolicies.Admin)).Succeeded)
        {
            context.Result = http.User.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
        }
    }
}
