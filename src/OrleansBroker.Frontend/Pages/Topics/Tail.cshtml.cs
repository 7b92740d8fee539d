using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>
/// The live tail at <c>/topics/{name}/tail</c>: records produced to any partition while the page is open appear on
/// top as they arrive. The page's script (<c>wwwroot/js/tail.js</c>) follows <c>/api/topics/{name}/tail</c>, the
/// API's server-sent events, with the browser's session.
/// </summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class TailModel(IAdminClient admin) : BrokerPageModel
{
    /// <summary>The topic's name, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    /// <summary>Whether the topic exists; the tail is shown only then.</summary>
    public bool Found { get; private set; }

    /// <summary>Shows the page; 404 with the broker's message when the topic does not exist.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(async () =>
    {
        await admin.DescribeTopicAsync(Name);
        Found = true;
    });
}
