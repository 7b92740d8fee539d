using Microsoft.Playwright;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Frontend.Tests.Security;
using OrleansBroker.Testing;
using static Microsoft.Playwright.Assertions;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// The record and group pages for a session signed in with the read-only key (the frontend as deployed): the data
/// shows, the live tail follows the topic on the session cookie, no form to change anything is offered, and a produce
/// POST made anyway, anti-forgery token and all, is refused with 403 and stores nothing.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class ReaderPagesTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordAndGroupPages_SignedInReader_ShowTheDataWithoutFormsAndRefuseAProduce()
    {
        var topic = TestTopics.Unique("page-reader-records");
        var admin = Frontend.Client.CreateAdminClient();
        await admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 1 });
        await using var producer = new ProducerBuilder<string, string>(Frontend.Client).Build();
        await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Key = "k", Value = "first" }, Cancellation);
        var group = TestTopics.Unique("page-reader-group");
        await admin.AlterConsumerGroupOffsetsAsync(group, [new TopicPartitionOffset(topic, 0, 0)]);
        await using var secured = await SecuredFrontend.StartAsync(Frontend.Broker.Client);
        await UseFrontendAsync(secured);

        await OpenAsync($"/topics/{topic}/produce");
        await Page.GetByLabel("API key").FillAsync(SecuredFrontend.ReadOnlyKey);
        Assert.Equal(302, (await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }))).Status);

        await Expect(Page).ToHaveURLAsync($"{secured.Http.BaseAddress}topics/{topic}/produce");
        await Expect(Page.Locator(".empty")).ToHaveTextAsync("Producing records needs the admin role.");
        await Expect(Page.Locator("#produce-form")).ToHaveCountAsync(0);
        await ScreenshotAsync("produce");
        var refused = await PostProduceAsync(secured, topic, await Page.Locator("input[name='__RequestVerificationToken']").First.GetAttributeAsync("value"));
        Assert.Equal(403, refused.Status);
        Assert.Contains("This needs the admin role.", await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await admin.ListOffsetsAsync(new TopicPartition(topic, 0), Offset.End.Value)).Offset);

        await OpenAsync($"/topics/{topic}/messages");
        await Expect(Page.Locator("#records tbody .record-value")).ToHaveTextAsync(["first"]);
        await ScreenshotAsync("messages");

        await OpenAsync($"/topics/{topic}/tail");
        await Expect(Page.Locator("#tail-status")).ToHaveAttributeAsync("data-state", "live");
        await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Key = "k", Value = "second" }, Cancellation);
        await Expect(Page.Locator("#tail tbody .record-value")).ToHaveTextAsync(["second"]);
        await ScreenshotAsync("tail");

        await OpenAsync($"/groups/{group}");
        await Expect(Page.Locator($"#partitions tr[data-topic='{topic}'] td")).ToHaveTextAsync([topic, "0", "0", "2", "2", "–"]);
        await Expect(Page.Locator("form.form")).ToHaveCountAsync(0);
        await ScreenshotAsync("group");
    }

    /// <summary>What a hand-made produce form would send with the session's cookie and a valid anti-forgery token.</summary>
    private async Task<IAPIResponse> PostProduceAsync(FrontendHost secured, string topic, string? token)
    {
        var form = Page.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token ?? throw new InvalidOperationException("The page has no anti-forgery token."));
        form.Set("Record.Value", "forged");
        return await Page.APIRequest.PostAsync($"{secured.Http.BaseAddress}topics/{topic}/produce", new APIRequestContextOptions { Form = form });
    }
}
