using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;
using static Microsoft.Playwright.Assertions;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// The cluster page in Chromium: the fixture's one silo is shown as broker 1, active and healthy, with the partitions
/// it leads, under the totals; the page is styled by the stylesheet the frontend serves from its assembly.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class ClusterPageTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ClusterPage_OneSilo_ShowsItActiveHealthyAndLeadingTheUsedPartitions()
    {
        var topic = TestTopics.Unique("page-cluster");
        var admin = Frontend.Client.CreateAdminClient();
        await admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 2 });
        await admin.DescribeTopicAsync(topic); // opens its partitions

        var response = await OpenAsync("/");

        Assert.Equal(200, response.Status);
        await Expect(Page).ToHaveTitleAsync("Cluster · OrleansBroker");
        await Expect(Page.Locator("#total-silos .total-value")).ToHaveTextAsync("1");
        var silo = Page.Locator("#silos tbody tr");
        await Expect(silo).ToHaveCountAsync(1);
        var cells = silo.Locator("td");
        await Expect(cells.Nth(0)).ToHaveTextAsync("1");
        await Expect(cells.Nth(2)).ToHaveTextAsync(Frontend.Broker.Cluster.Silos.Single().SiloAddress.Endpoint.ToString());
        await Expect(cells.Nth(3)).ToHaveTextAsync("Active");
        await Expect(cells.Nth(4)).ToHaveTextAsync("Healthy");
        var leader = Page.Locator($"#leaders tr[data-topic='{topic}'] td");
        await Expect(leader).ToHaveTextAsync(["1", Frontend.Broker.Cluster.Silos.Single().Name, topic, "0, 1"]);
        await ScreenshotAsync("cluster");
    }

    [Fact]
    public async Task ClusterPage_Stylesheet_IsServedAndApplied()
    {
        await OpenAsync("/");

        await Expect(Page.Locator(".topbar")).ToHaveCSSAsync("display", "flex");
        await Expect(Page.Locator("nav a[aria-current=page]")).ToHaveTextAsync("Cluster");
        await ScreenshotAsync("cluster");
    }
}
