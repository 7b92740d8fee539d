using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Cluster;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>
/// A topic at <c>/topics/{name}</c>: its partitions with leader, log offsets and size, its configs, and forms to add
/// partitions, set or reset a config and delete the topic (the name typed again confirms the delete).
/// </summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class DetailModel(TopicOverviewService topics, IAdminClient admin) : BrokerPageModel
{
    /// <summary>The topic's name, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    /// <summary>The topic; null when it could not be read (the problem says why).</summary>
    public TopicDetails? Details { get; private set; }

    /// <summary>What the add-partitions form holds.</summary>
    [BindProperty]
    public AddPartitionsForm AddPartitions { get; set; } = new();

    /// <summary>What the config form holds.</summary>
    [BindProperty]
    public ConfigForm Config { get; set; } = new();

    /// <summary>What the delete form holds.</summary>
    [BindProperty]
    public DeleteTopicForm Delete { get; set; } = new();

    /// <summary>Shows the topic; 404 with the broker's message when it does not exist.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(LoadAsync);

    /// <summary>Raises the partition count.</summary>
    public Task<IActionResult> OnPostAddPartitionsAsync()
    {
        Require(AddPartitions.Count is not null, $"{nameof(AddPartitions)}.{nameof(AddPartitions.Count)}", "Enter the partition count the topic should have.");
        return ChangeAsync(
            async () =>
            {
                var updated = await admin.CreatePartitionsAsync(Name, AddPartitions.Count!.Value);
                return RedirectWithNotice($"Topic {Name} now has {updated.PartitionCount} partitions.", "/Topics/Detail", new { name = Name });
            },
            LoadAsync);
    }

    /// <summary>Sets one config.</summary>
    public Task<IActionResult> OnPostSetConfigAsync() => ChangeAsync(
        async () =>
        {
            var name = Config.Name ?? "";
            var value = Config.Value?.Trim() ?? "";
            await admin.AlterConfigsAsync(Name, new Dictionary<string, string> { [name] = value }, []);
            return RedirectWithNotice($"Set {name}={value} on topic {Name}.", "/Topics/Detail", new { name = Name });
        },
        LoadAsync);

    /// <summary>Returns one config to the broker's default.</summary>
    public Task<IActionResult> OnPostResetConfigAsync() => ChangeAsync(
        async () =>
        {
            var name = Config.Name ?? "";
            await admin.AlterConfigsAsync(Name, new Dictionary<string, string>(), [name]);
            return RedirectWithNotice($"Reset {name} on topic {Name} to the broker's default.", "/Topics/Detail", new { name = Name });
        },
        LoadAsync);

    /// <summary>Deletes the topic and its records once its name has been typed again.</summary>
    public Task<IActionResult> OnPostDeleteAsync()
    {
        Require(Delete.ConfirmName == Name, $"{nameof(Delete)}.{nameof(Delete.ConfirmName)}", $"Type the topic's name, {Name}, to confirm the delete.");
        return ChangeAsync(
            async () =>
            {
                await admin.DeleteTopicAsync(Name);
                return RedirectWithNotice($"Deleted topic {Name}.", "/Topics/Index");
            },
            LoadAsync);
    }

    private void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task LoadAsync() => Details = await topics.DescribeAsync(Name);
}
