using Microsoft.Playwright;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Producing;
using OrleansBroker.Testing;
using static Microsoft.Playwright.Assertions;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// The consumer-group pages in Chromium, beyond the scenario: a reset of one topic to a time plans only that topic; a
/// group with members refuses resets and deletes with Kafka's words (409); an inactive group is deleted and leaves the
/// list; a reset missing its value and an unknown group are refused with their messages.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class GroupPagesTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IAdminClient Admin => field ??= Frontend.Client.CreateAdminClient();

    [Fact]
    public async Task GroupPage_DryRunOfOneTopicToATime_PlansThatTopicOnly()
    {
        var (orders, payments) = (await TopicWithRecordsAsync("page-orders", 4), await TopicWithRecordsAsync("page-payments", 4));
        var group = TestTopics.Unique("page-time-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new TopicPartitionOffset(orders, 0, 1), new TopicPartitionOffset(payments, 0, 1)]);
        await OpenAsync($"/groups/{group}");

        await Page.GetByLabel("Reset to").SelectOptionAsync("timestamp");
        await Page.GetByLabel("Value").FillAsync("1970-01-01T00:00:03Z");
        await Page.GetByLabel("Topic").SelectOptionAsync(payments);
        Assert.Equal(200, (await SubmitAsync(Button("Dry run"))).Status);

        await Expect(Page.Locator("#plan tbody tr td")).ToHaveTextAsync([payments, "0", "1", "2"]);
        await Expect(Page.GetByLabel("Value")).ToHaveValueAsync("1970-01-01T00:00:03Z");
        Assert.Equal([new TopicPartitionOffset(orders, 0, 1), new TopicPartitionOffset(payments, 0, 1)], await Admin.ListConsumerGroupOffsetsAsync(group));
        await ScreenshotAsync("group");
    }

    [Fact]
    public async Task GroupPage_ActiveGroup_RefusesResetAndDeleteWith409()
    {
        var topic = await TopicWithRecordsAsync("page-active", 2);
        var group = TestTopics.Unique("page-active-group");
        await using var consumer = await GroupMembers.JoinAsync(Frontend.Client, group, topic, partitions: 1);
        await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 1)], Cancellation);
        await OpenAsync($"/groups/{group}");

        Assert.Equal(409, (await SubmitAsync(Button("Execute"))).Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"NonEmptyGroup Assignments can only be reset if the group '{group}' is inactive, but the current state is Stable.");
        await Expect(Page.Locator("#partitions tbody tr td").Nth(2)).ToHaveTextAsync("1");
        await ScreenshotAsync("group");

        Assert.Equal(409, (await SubmitAsync(Button("Delete group"))).Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"NonEmptyGroup Deletion is only possible if the group '{group}' is inactive, but the current state is Stable.");
        Assert.Contains(group, await Admin.ListConsumerGroupsAsync());
    }

    [Fact]
    public async Task GroupPage_InactiveGroupDeleted_LeavesTheList()
    {
        var topic = await TopicWithRecordsAsync("page-delete-group", 1);
        var group = TestTopics.Unique("page-delete-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new TopicPartitionOffset(topic, 0, 0)]);
        await OpenAsync("/groups");
        await Expect(Page.Locator($"#groups tr[data-group='{group}'] td")).ToHaveTextAsync([group, "Empty", "0", "1"]);
        await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = group, Exact = true }).ClickAsync();

        Assert.Equal(302, (await SubmitAsync(Button("Delete group"))).Status);

        await Expect(Page.Locator(".notice")).ToHaveTextAsync($"Deleted consumer group {group}.");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Consumer groups");
        await Expect(Page.Locator($"#groups tr[data-group='{group}']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(group, await Admin.ListConsumerGroupsAsync());
    }

    [Fact]
    public async Task GroupPage_ResetToAnOffsetWithoutOne_Returns400NamingTheValue()
    {
        var topic = await TopicWithRecordsAsync("page-no-value", 2);
        var group = TestTopics.Unique("page-no-value-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new TopicPartitionOffset(topic, 0, 1)]);
        await OpenAsync($"/groups/{group}");

        await Page.GetByLabel("Reset to").SelectOptionAsync("offset");
        var refused = await SubmitAsync(Button("Execute"));

        Assert.Equal(400, refused.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync("InvalidRequest A reset to 'offset' needs 'value', a whole number: the offset.");
        Assert.Equal([new TopicPartitionOffset(topic, 0, 1)], await Admin.ListConsumerGroupOffsetsAsync(group));
    }

    [Fact]
    public async Task GroupPage_UnknownGroup_Returns404WithTheBrokersMessage()
    {
        var group = TestTopics.Unique("page-no-group");

        var response = await OpenAsync($"/groups/{group}");

        Assert.Equal(404, response.Status);
        await Expect(Page.Locator(".problem")).ToHaveTextAsync($"GroupIdNotFound Consumer group '{group}' does not exist.");
        await Expect(Page.Locator("#reset-form")).ToHaveCountAsync(0);
    }

    private ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    /// <summary>A one-partition topic with <paramref name="count"/> records, the one at offset i stamped (i + 1) × 1000 ms.</summary>
    private async Task<string> TopicWithRecordsAsync(string prefix, int count)
    {
        var topic = TestTopics.Unique(prefix);
        await Admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 1 });
        await using var producer = new ProducerBuilder<string, string>(Frontend.Client).Build();
        for (var i = 0; i < count; i++)
        {
            await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Value = $"record-{i}", Timestamp = 1000L * (i + 1) }, Cancellation);
        }

        return topic;
    }
}
