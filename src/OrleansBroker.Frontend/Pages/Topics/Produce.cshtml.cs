using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>
/// The produce form at <c>/topics/{name}/produce</c>: one record with an optional partition, key, value and headers,
/// written as text, base64 or hex. Once stored, the page says where and links to the record in the message browser.
/// </summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class ProduceModel(IAdminClient admin, RecordProducer producer) : BrokerPageModel
{
    /// <summary>The topic's name, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    /// <summary>What the form holds.</summary>
    [BindProperty]
    public ProduceForm Record { get; set; } = new();

    /// <summary>The message browser's URL for the record just produced, shown once after the redirect.</summary>
    [TempData]
    public string? ProducedRecordLink { get; set; }

    /// <summary>The topic's partition count; 0 when the topic could not be read.</summary>
    public int PartitionCount { get; private set; }

    /// <summary>Shows the form; 404 with the broker's message when the topic does not exist.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(LoadAsync);

    /// <summary>Produces the record and waits until it is stored; a refusal (bad input, no such partition) shows beside the form.</summary>
    public Task<IActionResult> OnPostAsync() => ChangeAsync(
        async () =>
        {
            var delivered = await producer.ProduceAsync(Name, Record.Partition, Record.ToMessage(), HttpContext.RequestAborted);
            ProducedRecordLink = Url.Page(
                "/Topics/Messages",
                pageHandler: null,
                values: new { name = Name, partition = delivered.Partition, from = PageStartKind.Offset, at = delivered.Offset },
                protocol: null,
                host: null,
                fragment: $"record-{delivered.Offset}");
            return RedirectWithNotice($"Produced a record to partition {delivered.Partition} at offset {delivered.Offset}.", "/Topics/Produce", new { name = Name });
        },
        LoadAsync);

    private async Task LoadAsync() => PartitionCount = (await admin.DescribeTopicAsync(Name)).Metadata.PartitionCount;
}
