using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Abstractions;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Frontend.Security;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>
/// The message browser at <c>/topics/{name}/messages</c>: one page of a partition's records from the log start, an
/// offset, the latest N or a time, with key, value and headers as text, hex or base64, and links to the pages before
/// and after. Everything is in the query string (a GET form), so a page can be bookmarked or linked to.
/// </summary>
[Authorize(Policy = FrontendPolicies.Read)]
public sealed class MessagesModel(IAdminClient admin, RecordPageReader pages) : BrokerPageModel
{
    /// <summary>The topic's name, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    /// <summary>The partition to read.</summary>
    [BindProperty(SupportsGet = true)]
    public int Partition { get; set; }

    /// <summary>Where the page starts; <see cref="At"/> says which offset, how many or what time.</summary>
    [BindProperty(SupportsGet = true)]
    public PageStartKind From { get; set; }

    /// <summary>The offset, the number of latest records, or the time (ms since the Unix epoch or ISO-8601), as <see cref="From"/> needs.</summary>
    [BindProperty(SupportsGet = true)]
    public string? At { get; set; }

    /// <summary>The most records to show.</summary>
    [BindProperty(SupportsGet = true)]
    public int Limit { get; set; } = RecordPageReader.DefaultLimit;

    /// <summary>How keys, values and header values are written: text, hex or base64.</summary>
    [BindProperty(SupportsGet = true)]
    public string Format { get; set; } = "text";

    /// <summary>The topic's partition count; 0 when the topic could not be read.</summary>
    public int PartitionCount { get; private set; }

    /// <summary>The page of records; null when it could not be read (the problem says why).</summary>
    public RecordPageResponse? Records { get; private set; }

    /// <summary>Reads the page.</summary>
    public Task<IActionResult> OnGetAsync() => ShowAsync(LoadAsync);

    /// <summary>The browser's URL for the page of this partition that starts at <paramref name="offset"/>, in this page's limit and format.</summary>
    public string? LinkFrom(long offset) =>
        Url.Page("/Topics/Messages", new { name = Name, partition = Partition, from = PageStartKind.Offset, at = offset, limit = Limit, format = Format });

    private async Task LoadAsync()
    {
        var format = BytesCodec.ParseFormat(Format, "format");
        PartitionCount = (await admin.DescribeTopicAsync(Name)).Metadata.PartitionCount;
        var start = PageStart.Parse(
            From == PageStartKind.Offset ? WholeNumber("offset to start from") : null,
            From == PageStartKind.Latest ? WholeNumber("number of latest records") : null,
            From == PageStartKind.Timestamp ? Required("time to start from") : null);
        var page = await pages.ReadAsync(new TopicPartition(Name, Partition), start, Limit, HttpContext.RequestAborted);
        Records = RecordPageResponse.From(page, format);
    }

    private long WholeNumber(string what) =>
        long.TryParse(Required(what), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new BrokerException(ErrorCode.InvalidRequest, $"The {what} must be a whole number (got '{At}').");

    private string Required(string what) =>
        string.IsNullOrWhiteSpace(At) ? throw new BrokerException(ErrorCode.InvalidRequest, $"Enter the {what}.") : At.Trim();
}
