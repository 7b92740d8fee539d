using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Testing;
using static Microsoft.Playwright.Assertions;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// Issue 6's scenario in Chromium, end to end and only through the pages where a user would use them: create a topic
/// with the form, produce a record (key, value, a header) with the produce form, find it in the message browser as
/// text and as hex, watch the live tail show records produced from a second tab and with the SDK, then follow a
/// consumer group made with the SDK: its lag per partition, the lag after another commit, and a reset of its offsets
/// (dry run, then executed). Each page is screenshotted once its data shows.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class WebUiScenarioTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WebUi_CreateProduceBrowseTailAndFollowAGroup_ShowsEachStep()
    {
        var topic = await CreateTopicWithTheFormAsync();
        await ProduceWithTheFormAsync(topic);
        await BrowseAsTextAndHexAsync(topic);
        await TailFromASecondTabAndTheSdkAsync(topic);
        var group = await FollowAGroupsLagAsync(topic);
        await ResetTheGroupsOffsetsAsync(topic, group);
    }

    private async Task<string> CreateTopicWithTheFormAsync()
    {
        var topic = TestTopics.Unique("ui-scenario");
        await OpenAsync("/topics");
        await Page.GetByLabel("Name").FillAsync(topic);
        await Page.GetByLabel("Partitions").FillAsync("2");

        Assert.Equal(302, (await SubmitAsync(Button("Create topic"))).Status);
        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Created topic {topic} with 2 partitions.");
        await Link(topic).ClickAsync();
        await Link("Produce").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/topics/{topic}/produce$"));
        return topic;
    }

    private async Task ProduceWithTheFormAsync(string topic)
    {
        await ProducePageForm.FillAsync(Page, partition: "1", key: "customer-7", value: "paid €5", header: ("source", "web"));

        Assert.Equal(302, (await SubmitAsync(Button("Produce"))).Status);
        await Expect(Page.Locator(".notice")).ToHaveTextAsync("Produced a record to partition 1 at offset 0.");
        await Expect(ProducePageForm.Field(Page, "Key")).ToHaveValueAsync("");
        await ScreenshotAsync("produce");
    }

    private async Task BrowseAsTextAndHexAsync(string topic)
    {
        var stored = await StoredRecordAsync(topic, partition: 1, offset: 0);
        await Link("Show the record in the message browser").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"/topics/{topic}/messages\\?partition=1&from=Offset&at=0#record-0$"));
        await Expect(Page.Locator("#range")).ToHaveTextAsync("Partition 1: log start offset 0, log end offset 1.");
        await Expect(Page.Locator("#records tbody tr")).ToHaveCountAsync(1);
        await Expect(RecordCells(0)).ToHaveTextAsync(["0", stored.TimestampIso!, "customer-7", "paid €5", "source: web"]);
        await ScreenshotAsync("messages");

        await Page.GetByLabel("Show as").SelectOptionAsync("hex");
        await Button("Show").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("format=hex"));
        await Expect(RecordCells(0)).ToHaveTextAsync(["0", stored.TimestampIso!, "637573746f6d65722d37", "7061696420e282ac35", "source: 776562"]);
        await ScreenshotAsync("messages-hex");
    }

    private async Task TailFromASecondTabAndTheSdkAsync(string topic)
    {
        await OpenAsync($"/topics/{topic}/tail");
        await Expect(Page.Locator("#tail-status")).ToHaveAttributeAsync("data-state", "live");
        await Expect(Page.Locator("#tail tbody tr")).ToHaveCountAsync(0);

        var secondTab = await Page.Context.NewPageAsync();
        await secondTab.GotoAsync($"/topics/{topic}/produce");
        await ProducePageForm.FillAsync(secondTab, partition: "0", key: "customer-8", value: "shipped");
        await secondTab.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Produce", Exact = true }).ClickAsync();
        await Expect(secondTab.Locator(".notice")).ToHaveTextAsync("Produced a record to partition 0 at offset 0.");

        var shipped = await StoredRecordAsync(topic, partition: 0, offset: 0);
        await Expect(Page.Locator("#tail tbody tr")).ToHaveCountAsync(1);
        await Expect(TailCells(0)).ToHaveTextAsync(["0", "0", shipped.TimestampIso!, "customer-8", "shipped"]);

        await using (var producer = new ProducerBuilder<string, string>(Frontend.Client).Build())
        {
            await producer.ProduceAsync(new TopicPartition(topic, 1), new Message<string, string> { Key = "customer-9", Value = "<b>refunded</b>" }, Cancellation);
        }

        var refunded = await StoredRecordAsync(topic, partition: 1, offset: 1);
        await Expect(Page.Locator("#tail tbody tr")).ToHaveCountAsync(2);
        await Expect(TailCells(0)).ToHaveTextAsync(["1", "1", refunded.TimestampIso!, "customer-9", "<b>refunded</b>"]);
        await Expect(TailCells(1)).ToHaveTextAsync(["0", "0", shipped.TimestampIso!, "customer-8", "shipped"]);
        await Expect(Page.Locator("#tail b")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#tail-status")).ToHaveTextAsync("Live: new records appear as they arrive.");
        await ScreenshotAsync("tail");
    }

    /// <summary>The topic now holds offset 0 in partition 0 and offsets 0 and 1 in partition 1.</summary>
    private async Task<string> FollowAGroupsLagAsync(string topic)
    {
        var group = TestTopics.Unique("ui-scenario-group");
        await using var consumer = await GroupMembers.JoinAsync(Frontend.Client, group, topic, partitions: 2);
        await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 0), new TopicPartitionOffset(topic, 1, 1)], Cancellation);
        var member = Assert.Single((await Frontend.Client.CreateAdminClient().DescribeConsumerGroupAsync(group)).Members);
        var owner = $"{GroupMembers.ClientId} {member.MemberId}";

        await OpenAsync("/groups");
        await Expect(Page.Locator($"#groups tr[data-group='{group}'] td")).ToHaveTextAsync([group, "Stable", "1", "2"]);
        await ScreenshotAsync("groups");

        await Link(group).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync(group);
        await Expect(Page.Locator("#group-state")).ToHaveTextAsync("Stable");
        await Expect(Page.Locator("#total-lag")).ToHaveTextAsync("2");
        await Expect(PartitionCells(topic, 0)).ToHaveTextAsync([topic, "0", "0", "1", "1", owner]);
        await Expect(PartitionCells(topic, 1)).ToHaveTextAsync([topic, "1", "1", "2", "1", owner]);
        await Expect(Page.Locator("#members tbody tr td")).ToHaveTextAsync([GroupMembers.ClientId, member.MemberId, member.Host, $"{topic}: 0, 1"]);
        await ScreenshotAsync("group");

        await consumer.CommitAsync([new TopicPartitionOffset(topic, 1, 2)], Cancellation);
        await Page.ReloadAsync();

        await Expect(PartitionCells(topic, 1)).ToHaveTextAsync([topic, "1", "2", "2", "0", owner]);
        await Expect(PartitionCells(topic, 0)).ToHaveTextAsync([topic, "0", "0", "1", "1", owner]);
        await Expect(Page.Locator("#total-lag")).ToHaveTextAsync("1");
        await ScreenshotAsync("group-after-commit");
        return group;
    }

    /// <summary>The group's member has left; it committed 0 in partition 0 and 2 in partition 1.</summary>
    private async Task ResetTheGroupsOffsetsAsync(string topic, string group)
    {
        await Page.ReloadAsync();
        await Expect(Page.Locator("#group-state")).ToHaveTextAsync("Empty");
        await Expect(PartitionCells(topic, 1)).ToHaveTextAsync([topic, "1", "2", "2", "0", "–"]);

        await Page.GetByLabel("Reset to").SelectOptionAsync("earliest");
        Assert.Equal(200, (await SubmitAsync(Button("Dry run"))).Status);

        await Expect(Page.Locator("#plan tbody tr[data-partition='0'] td")).ToHaveTextAsync([topic, "0", "0", "0"]);
        await Expect(Page.Locator("#plan tbody tr[data-partition='1'] td")).ToHaveTextAsync([topic, "1", "2", "0"]);
        await Expect(PartitionCells(topic, 1)).ToHaveTextAsync([topic, "1", "2", "2", "0", "–"]);
        Assert.Equal([new TopicPartitionOffset(topic, 0, 0), new TopicPartitionOffset(topic, 1, 2)], await Frontend.Client.CreateAdminClient().ListConsumerGroupOffsetsAsync(group));
        await ScreenshotAsync("group-dry-run");

        Assert.Equal(302, (await SubmitAsync(Button("Execute"))).Status);

        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Reset the committed offsets of group {group}: {topic}-0 to 0, {topic}-1 to 0.");
        await Expect(PartitionCells(topic, 1)).ToHaveTextAsync([topic, "1", "0", "2", "2", "–"]);
        await Expect(Page.Locator("#total-lag")).ToHaveTextAsync("3");
        await Expect(Page.Locator("#plan")).ToHaveCountAsync(0);
        await ScreenshotAsync("group-reset");
    }

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    private ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name, Exact = true });

    private ILocator RecordCells(long offset) => Page.Locator($"#records tr[data-offset='{offset}'] td");

    private ILocator TailCells(int row) => Page.Locator("#tail tbody tr").Nth(row).Locator("td");

    private ILocator PartitionCells(string topic, int partition) => Page.Locator($"#partitions tr[data-topic='{topic}'][data-partition='{partition}'] td");

    /// <summary>The record as the records API reads it, for the timestamp the broker gave it.</summary>
    private async Task<Records.RecordView> StoredRecordAsync(string topic, int partition, long offset)
    {
        var page = await Frontend.Frontend.Http.GetFromJsonAsync<RecordPageResponse>($"/api/topics/{topic}/partitions/{partition}/records?offset={offset}&limit=1", Cancellation);
        return Assert.Single(page!.Records);
    }
}
