using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;
using static Microsoft.Playwright.Assertions;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// The live tail in Chromium: it shows only records produced after it opened; when the topic is deleted under it, it
/// says so and stops; an unknown topic is a 404 with the broker's message and no tail.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class TailPageTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TailPage_RecordsBeforeAndAfterOpening_ShowsOnlyTheLaterOne()
    {
        var topic = await TopicAsync("page-tail-later");
        await using var producer = new ProducerBuilder<string, string>(Frontend.Client).Build();
        await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Key = "k", Value = "before" }, Cancellation);

        await OpenAsync($"/topics/{topic}/tail");
        await Expect(Page.Locator("#tail-status")).ToHaveAttributeAsync("data-state", "live");
        await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Key = "k", Value = "after" }, Cancellation);

        await Expect(Page.Locator("#tail tbody .record-value")).ToHaveTextAsync(["after"]);
        await Expect(Page.Locator("#tail tbody tr")).ToHaveAttributeAsync("data-offset", "1");
        await Expect(Page.Locator("#tail tbody td:first-child a")).ToHaveAttributeAsync("href", $"/topics/{topic}/messages?partition=0&from=Offset&at=1#record-1");
    }

    [Fact]
    public async Task TailPage_TopicDeleted_SaysSoAndStops()
    {
        var topic = await TopicAsync("page-tail-deleted");
        await OpenAsync($"/topics/{topic}/tail");
        await Expect(Page.Locator("#tail-status")).ToHaveAttributeAsync("data-state", "live");

        await Frontend.Client.CreateAdminClient().DeleteTopicAsync(topic);

        await Expect(Page.Locator("#tail-status")).ToHaveAttributeAsync("data-state", "error");
        await Expect(Page.Locator("#tail-status")).ToContainTextAsync("Stopped: UnknownTopicOrPartition: ");
        await ScreenshotAsync("tail");
    }

    [Fact]
    public async Task TailPage_UnknownTopic_Returns404WithoutTheTail()
    {
        var topic = TestTopics.Unique("page-tail-missing");

        var response = await OpenAsync($"/topics/{topic}/tail");

        Assert.Equal(404, response.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"UnknownTopicOrPartition Topic '{topic}' does not exist.");
        await Expect(Page.Locator("#tail")).ToHaveCountAsync(0);
        await Expect(Page.Locator("script[src*='tail.js']")).ToHaveCountAsync(0);
    }

    private async Task<string> TopicAsync(string prefix)
    {
        var topic = TestTopics.Unique(prefix);
        await Frontend.Client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 1 });
        return topic;
    }
}
