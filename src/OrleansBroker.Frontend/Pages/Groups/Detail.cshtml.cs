using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Groups;

/// <summary>
/// A consumer group at <c>/groups/{group}</c>: its state, strategy and members with their assignments, each partition's
/// committed offset, log end, lag and owner, and forms to reset its offsets (a dry run shows the plan, execute commits
/// it) and to delete it. Both changes need the group to be inactive, as kafka-consumer-groups does.
/// </summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class DetailModel(IAdminClient admin) : BrokerPageModel
{
    /// <summary>The group id, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string Group { get; set; } = "";

    /// <summary>The group and its lag; null when it could not be read (the problem says why).</summary>
    public ConsumerGroupLag? Lag { get; private set; }

    /// <summary>What the reset form holds.</summary>
    [BindProperty]
    public OffsetResetForm Reset { get; set; } = new();

    /// <summary>The offsets a dry run would commit; null unless one was asked for.</summary>
    public IReadOnlyList<TopicPartitionOffset>? Plan { get; private set; }

    /// <summary>Shows the group; 404 with the broker's message when it does not exist.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(LoadAsync);

    /// <summary>Works out the new offsets and shows them beside the current ones, committing nothing.</summary>
    public Task<IActionResult> OnPostPlanResetAsync() => ChangeAsync(
        async () =>
        {
            Plan = await ResetAsync(execute: false);
            return await ShowAsync(LoadAsync);
        },
        LoadAsync);

    /// <summary>Commits the new offsets.</summary>
    public Task<IActionResult> OnPostResetAsync() => ChangeAsync(
        async () =>
        {
            var offsets = await ResetAsync(execute: true);
            var moved = offsets.Count == 0 ? "it has none" : string.Join(", ", offsets.Select(offset => $"{offset.TopicPartition} to {offset.Offset.Value}"));
            return RedirectWithNotice($"Reset the committed offsets of group {Group}: {moved}.", "/Groups/Detail", new { group = Group });
        },
        LoadAsync);

    /// <summary>Deletes the group and its committed offsets.</summary>
    public Task<IActionResult> OnPostDeleteAsync() => ChangeAsync(
        async () =>
        {
            await admin.DeleteInactiveConsumerGroupAsync(Group);
            return RedirectWithNotice($"Deleted consumer group {Group}.", "/Groups/Index");
        },
        LoadAsync);

    private Task<IReadOnlyList<TopicPartitionOffset>> ResetAsync(bool execute) =>
        admin.ResetConsumerGroupOffsetsAsync(Group, Reset.ToOffsetReset(), string.IsNullOrWhiteSpace(Reset.Topic) ? null : Reset.Topic, execute);

    private async Task LoadAsync() => Lag = await admin.DescribeConsumerGroupLagAsync(Group);
}
