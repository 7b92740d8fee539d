using System.Text.RegularExpressions;
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
/// The topics list and a topic's page in Chromium: creating a topic with the form lists it and its page shows its
/// partitions and configs; records produced show as offsets; adding partitions, setting and resetting a config and
/// deleting (confirmed by typing the name) change the broker; what the broker refuses shows inline with its message.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class TopicsPageTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateTopic_WithTheForm_IsListedAndItsPageShowsItsPartitions()
    {
        var topic = TestTopics.Unique("page-create");
        await OpenAsync("/topics");

        await Page.GetByLabel("Name").FillAsync(topic);
        await Page.GetByLabel("Partitions").FillAsync("3");
        await Page.Locator("summary", new PageLocatorOptions { HasText = "Configs" }).ClickAsync();
        await Page.GetByLabel("retention.ms").FillAsync("60000");
        var created = await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create topic" }));

        Assert.Equal(302, created.Status);
        await Expect(Page).ToHaveURLAsync(new Regex("/topics$"));
        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Created topic {topic} with 3 partitions.");
        var row = Page.Locator($"#topics tr[data-topic='{topic}'] td");
        await Expect(row).ToHaveTextAsync([topic, "3", "1", "0", "0 B"]);
        await ScreenshotAsync("topics");

        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = topic, Exact = true }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync(topic);
        await Expect(Page.Locator("#partitions tbody tr")).ToHaveCountAsync(3);
        for (var partition = 0; partition < 3; partition++)
        {
            await Expect(Page.Locator($"#partitions tr[data-partition='{partition}'] td"))
                .ToHaveTextAsync([partition.ToString(System.Globalization.CultureInfo.InvariantCulture), "1", "1", "1", "0", "0", "0", "0 B"]);
        }

        await Expect(Page.Locator("#configs tr[data-config='retention.ms'] td")).ToHaveTextAsync(["retention.ms", "60000"]);
        await ScreenshotAsync("topic");
    }

    [Fact]
    public async Task TopicPages_AfterProducing_ShowRecordsAndOffsets()
    {
        var topic = await CreateAsync("page-records", partitions: 2);
        await using (var producer = new ProducerBuilder<string, string>(Frontend.Client).Build())
        {
            for (var i = 0; i < 5; i++)
            {
                await producer.ProduceAsync(new TopicPartition(topic, 1), new Message<string, string> { Value = $"record-{i}" }, Cancellation);
            }
        }

        await OpenAsync("/topics");
        await Expect(Page.Locator($"#topics tr[data-topic='{topic}'] td").Nth(3)).ToHaveTextAsync("5");
        await ScreenshotAsync("topics");

        await OpenAsync($"/topics/{topic}");
        await Expect(Page.Locator("#topic-records")).ToHaveTextAsync("5");
        await Expect(Page.Locator("#partitions tr[data-partition='0'] td").Nth(5)).ToHaveTextAsync("0");
        await Expect(Page.Locator("#partitions tr[data-partition='1'] td").Nth(4)).ToHaveTextAsync("0");
        await Expect(Page.Locator("#partitions tr[data-partition='1'] td").Nth(5)).ToHaveTextAsync("5");
        await Expect(Page.Locator("#partitions tr[data-partition='1'] td").Nth(6)).ToHaveTextAsync("5");
        await ScreenshotAsync("topic");
    }

    [Fact]
    public async Task CreateTopic_NameTaken_ShowsTheBrokersMessageWith409AndKeepsTheForm()
    {
        var topic = await CreateAsync("page-taken", partitions: 1);
        await OpenAsync("/topics");

        await Page.GetByLabel("Name").FillAsync(topic);
        await Page.GetByLabel("Partitions").FillAsync("4");
        var refused = await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create topic" }));

        Assert.Equal(409, refused.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"TopicAlreadyExists Topic '{topic}' already exists.");
        await Expect(Page.GetByLabel("Partitions")).ToHaveValueAsync("4");
        Assert.Equal(1, (await Frontend.Client.CreateAdminClient().DescribeTopicAsync(topic)).Metadata.PartitionCount);
        await ScreenshotAsync("topics");
    }

    [Fact]
    public async Task CreateTopic_IllegalName_ShowsTheBrokersMessageWith400()
    {
        await OpenAsync("/topics");

        await Page.GetByLabel("Name").FillAsync("bad name!");
        var refused = await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create topic" }));

        Assert.Equal(400, refused.Status);
        await Expect(Page.Locator(".problem .problem-title")).ToHaveTextAsync("InvalidTopic");
        await Expect(Page.Locator(".problem .problem-detail")).ToContainTextAsync("\"bad name!\" is illegal");
        await ScreenshotAsync("topics");
    }

    [Fact]
    public async Task TopicPage_AddPartitionsThenSetAndResetAConfig_ChangesTheTopic()
    {
        var topic = await CreateAsync("page-alter", partitions: 1);
        await OpenAsync($"/topics/{topic}");

        await Page.GetByLabel("Partition count").FillAsync("4");
        Assert.Equal(302, (await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add partitions" }))).Status);
        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Topic {topic} now has 4 partitions.");
        await Expect(Page.Locator("#partitions tbody tr")).ToHaveCountAsync(4);

        await ConfigName.SelectOptionAsync("retention.ms");
        await ConfigValue.FillAsync("1000");
        Assert.Equal(302, (await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Set", Exact = true }))).Status);
        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Set retention.ms=1000 on topic {topic}.");
        await Expect(Page.Locator("#configs tr[data-config='retention.ms'] td").Nth(1)).ToHaveTextAsync("1000");
        await ScreenshotAsync("topic");

        await ConfigName.SelectOptionAsync("retention.ms");
        Assert.Equal(302, (await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Reset to default" }))).Status);
        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Reset retention.ms on topic {topic} to the broker's default.");
        await Expect(Page.Locator("#configs tr[data-config='retention.ms']")).ToHaveCountAsync(0);

        var metadata = (await Frontend.Client.CreateAdminClient().DescribeTopicAsync(topic)).Metadata;
        Assert.Equal(4, metadata.PartitionCount);
        Assert.False(metadata.Configs.ContainsKey("retention.ms"));
    }

    [Fact]
    public async Task TopicPage_InvalidConfigValue_ShowsTheBrokersMessageWith400()
    {
        var topic = await CreateAsync("page-bad-config", partitions: 1);
        await OpenAsync($"/topics/{topic}");

        await ConfigName.SelectOptionAsync("retention.ms");
        await ConfigValue.FillAsync("soon");
        var refused = await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Set", Exact = true }));

        Assert.Equal(400, refused.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync("InvalidConfig Invalid value soon for configuration retention.ms: must be a whole number in range.");
        await Expect(Page.Locator("#partitions tbody tr")).ToHaveCountAsync(1);
        await ScreenshotAsync("topic");
    }

    [Fact]
    public async Task TopicPage_DeleteConfirmedWithAnotherName_Returns400AndKeepsTheTopic()
    {
        var topic = await CreateAsync("page-keep", partitions: 1);
        await OpenAsync($"/topics/{topic}");

        await DeleteConfirmation.FillAsync("not-the-name");
        var refused = await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delete topic" }));

        Assert.Equal(400, refused.Status);
        await Expect(Page.Locator(".field-error", new PageLocatorOptions { HasText = "to confirm" })).ToHaveTextAsync($"Type the topic's name, {topic}, to confirm the delete.");
        Assert.Contains(topic, await Frontend.Client.CreateAdminClient().ListTopicsAsync());
        await ScreenshotAsync("topic");
    }

    [Fact]
    public async Task TopicPage_DeleteConfirmedWithTheName_DeletesItAndReturnsToTheList()
    {
        var topic = await CreateAsync("page-delete", partitions: 1);
        await OpenAsync($"/topics/{topic}");

        await DeleteConfirmation.FillAsync(topic);
        var deleted = await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Delete topic" }));

        Assert.Equal(302, deleted.Status);
        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Deleted topic {topic}.");
        await Expect(Page.Locator($"#topics tr[data-topic='{topic}']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(topic, await Frontend.Client.CreateAdminClient().ListTopicsAsync());
        await ScreenshotAsync("topics");
    }

    [Fact]
    public async Task TopicPage_UnknownTopic_Returns404WithTheBrokersMessage()
    {
        var topic = TestTopics.Unique("page-missing");

        var response = await OpenAsync($"/topics/{topic}");

        Assert.Equal(404, response.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"UnknownTopicOrPartition Topic '{topic}' does not exist.");
        await Expect(Page.Locator("#partitions")).ToHaveCountAsync(0);
        await ScreenshotAsync("topic");
    }

    [Fact]
    public async Task TopicPages_SignedInReader_ShowTopicsWithoutTheirForms()
    {
        var topic = await CreateAsync("page-reader", partitions: 2);
        await using var secured = await SecuredFrontend.StartAsync(Frontend.Broker.Client);
        await UseFrontendAsync(secured);

        await OpenAsync($"/topics/{topic}");
        await Page.GetByLabel("API key").FillAsync(SecuredFrontend.ReadOnlyKey);
        Assert.Equal(302, (await SubmitAsync(Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }))).Status);

        await Expect(Page.Locator("h1")).ToHaveTextAsync(topic);
        await Expect(Page.Locator(".user-name")).ToHaveTextAsync("reader (API key)");
        await Expect(Page.Locator("#partitions tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.Locator("form.form")).ToHaveCountAsync(0);
        await ScreenshotAsync("topic");

        await OpenAsync("/topics");
        await Expect(Page.Locator($"#topics tr[data-topic='{topic}'] td").Nth(1)).ToHaveTextAsync("2");
        await Expect(Page.Locator("#create-topic-form")).ToHaveCountAsync(0);
        await ScreenshotAsync("topics");
    }

    private ILocator ConfigName => Page.Locator("#config-form").GetByRole(AriaRole.Combobox);

    private ILocator ConfigValue => Page.Locator("#config-form").GetByLabel("Value");

    private ILocator DeleteConfirmation => Page.Locator("#delete-form").GetByRole(AriaRole.Textbox);

    private async Task<string> CreateAsync(string prefix, int partitions)
    {
        var topic = TestTopics.Unique(prefix);
        await Frontend.Client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = partitions });
        return topic;
    }
}
