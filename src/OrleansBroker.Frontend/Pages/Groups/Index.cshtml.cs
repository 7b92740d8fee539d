using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Security;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Pages.Groups;

/// <summary>The consumer groups at <c>/groups</c>: each with its state, member count and total lag, by group id.</summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class IndexModel(IAdminClient admin) : BrokerPageModel
{
    /// <summary>Every group and its lag, by group id.</summary>
    public IReadOnlyList<ConsumerGroupLag> Groups { get; private set; } = [];

    /// <summary>Lists the groups.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(async () =>
    {
        var groups = await Task.WhenAll((await admin.ListConsumerGroupsAsync()).Order(StringComparer.Ordinal).Select(DescribeAsync));
        Groups = [.. groups.OfType<ConsumerGroupLag>()];
    });

    /// <summary>The group's lag; null when it was deleted since it was listed.</summary>
    private async Task<ConsumerGroupLag?> DescribeAsync(string group)
    {
        try
        {
            return await admin.DescribeConsumerGroupLagAsync(group);
        }
        catch (BrokerException e) when (e.Code == ErrorCode.GroupIdNotFound)
        {
            return null;
        }
    }
}
