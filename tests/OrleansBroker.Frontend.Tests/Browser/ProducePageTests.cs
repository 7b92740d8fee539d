using Microsoft.Playwright;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;
using static Microsoft.Playwright.Assertions;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// The produce form in Chromium: a record typed as base64 is stored as its bytes, a keyless one with a null value is a
/// tombstone; what the broker or the codec refuses (bad base64, a header value without a name, a partition the topic
/// lacks, an unknown topic) shows with its message and status, keeps what was typed and stores nothing.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class ProducePageTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ProducePage_Base64Record_IsStoredAsItsBytes()
    {
        var topic = await TopicAsync("page-produce-base64");
        await OpenAsync($"/topics/{topic}/produce");

        await ProducePageForm.FillAsync(Page, partition: "", key: "azE=", value: "/wA=", header: ("h", "AQI="), encoding: "base64");
        Assert.Equal(302, (await SubmitAsync(Button("Produce"))).Status);
        await Expect(Page.Locator(".notice")).ToHaveTextAsync("Produced a record to partition 0 at offset 0.");
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Show the record in the message browser" }).ClickAsync();
        await Page.GetByLabel("Show as").SelectOptionAsync("hex");
        await Button("Show").ClickAsync();

        await Expect(Page.Locator("#records tr[data-offset='0'] td").Nth(2)).ToHaveTextAsync("6b31");
        await Expect(Page.Locator("#records tr[data-offset='0'] td").Nth(3)).ToHaveTextAsync("ff00");
        await Expect(Page.Locator("#records tr[data-offset='0'] td").Nth(4)).ToHaveTextAsync("h: 0102");
    }

    [Fact]
    public async Task ProducePage_BlankKeyAndValue_ProducesAKeylessTombstone()
    {
        var topic = await TopicAsync("page-produce-null");
        await OpenAsync($"/topics/{topic}/produce");

        Assert.Equal(302, (await SubmitAsync(Button("Produce"))).Status);
        await OpenAsync($"/topics/{topic}/messages");

        await Expect(Page.Locator("#records tr[data-offset='0'] .record-key")).ToHaveTextAsync("null");
        await Expect(Page.Locator("#records tr[data-offset='0'] .record-value")).ToHaveTextAsync("null");
        await Expect(Page.Locator("#records tr[data-offset='0'] .headers")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("base64", null, "InvalidRequest The value is not valid base64.")]
    [InlineData("text", "", "InvalidRequest Header 1 has no key.")]
    public async Task ProducePage_BadRecord_Returns400KeepsTheFormAndStoresNothing(string encoding, string? headerName, string problem)
    {
        var topic = await TopicAsync("page-produce-bad");
        await OpenAsync($"/topics/{topic}/produce");

        await ProducePageForm.FillAsync(Page, partition: "0", key: "", value: "not base64!", header: headerName is null ? null : (headerName, "orphan"), encoding: encoding);
        var refused = await SubmitAsync(Button("Produce"));

        Assert.Equal(400, refused.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync(problem);
        await Expect(ProducePageForm.Field(Page, "Value")).ToHaveValueAsync("not base64!");
        await Expect(ProducePageForm.Field(Page, "Partition")).ToHaveValueAsync("0");
        Assert.Equal(0, await RecordCountAsync(topic));
        await ScreenshotAsync("produce");
    }

    [Fact]
    public async Task ProducePage_UnknownTopic_Returns404WithoutTheForm()
    {
        var topic = TestTopics.Unique("page-produce-missing");

        var response = await OpenAsync($"/topics/{topic}/produce");

        Assert.Equal(404, response.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"UnknownTopicOrPartition Topic '{topic}' does not exist.");
        await Expect(Page.Locator("#produce-form")).ToHaveCountAsync(0);
        Assert.DoesNotContain(topic, await Frontend.Client.CreateAdminClient().ListTopicsAsync());
    }

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    private async Task<string> TopicAsync(string prefix)
    {
        var topic = TestTopics.Unique(prefix);
        await Frontend.Client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 1 });
        return topic;
    }

    private async Task<long> RecordCountAsync(string topic) =>
        (await Frontend.Client.CreateAdminClient().ListOffsetsAsync(new Abstractions.TopicPartition(topic, 0), Client.Offset.End.Value)).Offset;
}
