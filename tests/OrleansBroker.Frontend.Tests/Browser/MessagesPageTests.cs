using Microsoft.Playwright;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;
using static Microsoft.Playwright.Assertions;
using Header = OrleansBroker.Records.Header;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// The message browser in Chromium: the latest N records with links to the pages before and after, a start at a time,
/// null keys, empty values and bytes that are not UTF-8, and what the broker refuses (an offset out of range, an
/// offset that is no number, an unknown topic) shown with its message and status.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class MessagesPageTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MessagesPage_LatestTwoOfFive_PagesBackToTheLogStartAndOnTwoAtATime()
    {
        var topic = await TopicWithRecordsAsync("page-latest", 5);
        await OpenAsync($"/topics/{topic}/messages");

        await Page.GetByLabel("Start at").SelectOptionAsync("latest N records");
        await Page.GetByLabel("Offset, N or time").FillAsync("2");
        await Page.GetByLabel("Limit").FillAsync("2");
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Show", Exact = true }).ClickAsync();

        await Expect(Values).ToHaveTextAsync(["record-3", "record-4"]);
        await Expect(Page.Locator(".pager")).ToHaveTextAsync("← Earlier End of the partition: new records will start at offset 5.");
        await ScreenshotAsync("messages");

        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "← Earlier" }).ClickAsync();
        await Expect(Values).ToHaveTextAsync(["record-1", "record-2"]);
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "← Earlier" }).ClickAsync();
        await Expect(Values).ToHaveTextAsync(["record-0", "record-1"]);
        await Expect(Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "← Earlier" })).ToHaveCountAsync(0);

        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Next page →" }).ClickAsync();
        await Expect(Values).ToHaveTextAsync(["record-2", "record-3"]);
        await Expect(Page.Locator("#records tbody tr td:first-child")).ToHaveTextAsync(["2", "3"]);
    }

    [Fact]
    public async Task MessagesPage_StartAtATime_ShowsTheRecordsFromThatTimeOn()
    {
        var topic = await TopicWithRecordsAsync("page-time", 4);

        var response = await OpenAsync($"/topics/{topic}/messages?from=Timestamp&at=1970-01-01T00:00:02.500Z");

        Assert.Equal(200, response.Status);
        await Expect(Page.Locator("#records tbody tr td:first-child")).ToHaveTextAsync(["2", "3"]);
        await Expect(Page.Locator("#records tbody tr td:nth-child(2)")).ToHaveTextAsync(["1970-01-01T00:00:03.000Z", "1970-01-01T00:00:04.000Z"]);
        await Expect(Page.GetByLabel("Offset, N or time")).ToHaveValueAsync("1970-01-01T00:00:02.500Z");
    }

    [Fact]
    public async Task MessagesPage_NullKeyEmptyValueAndBinaryHeader_AreShownAsSuch()
    {
        var topic = await TopicAsync("page-bytes");
        await using (var producer = new ProducerBuilder<byte[], byte[]>(Frontend.Client).Build())
        {
            await producer.ProduceAsync(topic, new Message<byte[], byte[]> { Value = [], Headers = [new Header("bin", new byte[] { 0xff, 0x00 })] }, Cancellation);
        }

        await OpenAsync($"/topics/{topic}/messages");

        await Expect(Page.Locator("#records tr[data-offset='0'] .record-key")).ToHaveTextAsync("null");
        await Expect(Page.Locator("#records tr[data-offset='0'] .record-value")).ToHaveTextAsync("(empty)");
        await Expect(Page.Locator("#records tr[data-offset='0'] .headers li")).ToHaveTextAsync("bin: /wA= not UTF-8");
        await ScreenshotAsync("messages");
    }

    [Fact]
    public async Task MessagesPage_OffsetPastTheEnd_Returns400WithTheReadableRange()
    {
        var topic = await TopicWithRecordsAsync("page-range", 3);

        var response = await OpenAsync($"/topics/{topic}/messages?from=Offset&at=9");

        Assert.Equal(400, response.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync(
            $"OffsetOutOfRange Offset 9 is out of range for partition {topic}-0: readable offsets are 0 to 3 (log start offset 0, log end offset 3).");
        await Expect(Page.GetByLabel("Offset, N or time")).ToHaveValueAsync("9");
        await Expect(Page.Locator("#records")).ToHaveCountAsync(0);
        await ScreenshotAsync("messages");
    }

    [Fact]
    public async Task MessagesPage_OffsetNotANumber_Returns400NamingIt()
    {
        var topic = await TopicWithRecordsAsync("page-nan", 1);

        var response = await OpenAsync($"/topics/{topic}/messages?from=Offset&at=first");

        Assert.Equal(400, response.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync("InvalidRequest The offset to start from must be a whole number (got 'first').");
    }

    [Fact]
    public async Task MessagesPage_UnknownTopic_Returns404WithTheBrokersMessage()
    {
        var topic = TestTopics.Unique("page-no-messages");

        var response = await OpenAsync($"/topics/{topic}/messages");

        Assert.Equal(404, response.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"UnknownTopicOrPartition Topic '{topic}' does not exist.");
        await Expect(Page.Locator("#browse-form")).ToHaveCountAsync(0);
    }

    private ILocator Values => Page.Locator("#records tbody .record-value");

    private async Task<string> TopicAsync(string prefix)
    {
        var topic = TestTopics.Unique(prefix);
        await Frontend.Client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 1 });
        return topic;
    }

    /// <summary>A one-partition topic with records record-0 .. record-(count-1), the one at offset i stamped (i + 1) × 1000 ms.</summary>
    private async Task<string> TopicWithRecordsAsync(string prefix, int count)
    {
        var topic = await TopicAsync(prefix);
        await using var producer = new ProducerBuilder<string, string>(Frontend.Client).Build();
        for (var i = 0; i < count; i++)
        {
            await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Value = $"record-{i}", Timestamp = 1000L * (i + 1) }, Cancellation);
        }

        return topic;
    }
}
