using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Cluster;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>The topics list at <c>/topics</c>, with records and size per topic, and the create-topic form.</summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class IndexModel(TopicOverviewService topics, IAdminClient admin) : BrokerPageModel
{
    /// <summary>Every topic, by name.</summary>
    public IReadOnlyList<TopicSummary> Topics { get; private set; } = [];

    /// <summary>What the create form holds.</summary>
    [BindProperty]
    public CreateTopicForm Create { get; set; } = new();

    /// <summary>Lists the topics.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(LoadAsync);

    /// <summary>Creates the topic, then lists it; a refused create shows the broker's message beside the form.</summary>
    public Task<IActionResult> OnPostCreateAsync() => ChangeAsync(
        async () =>
        {
            var created = await admin.CreateTopicAsync(Create.ToSpecification());
            return RedirectWithNotice($"Created topic {created.Name} with {created.PartitionCount} partition{(created.PartitionCount == 1 ? "" : "s")}.", "/Topics/Index");
        },
        LoadAsync);

    private async Task LoadAsync() => Topics = await topics.ListAsync();
}
