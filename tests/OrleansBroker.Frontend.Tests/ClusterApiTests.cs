using System.Net;
using System.Text.Json;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// <c>GET /api/cluster</c> over the fixture's one silo: the silo is listed active and healthy as broker 1 with its
/// runtime statistics, leads the partitions that are active, and reading the overview activates no partition.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class ClusterApiTests(FrontendFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetCluster_OneSilo_ListsItActiveAndHealthyAsBroker1()
    {
        using var cluster = await GetClusterAsync();

        var silo = Assert.Single(cluster.RootElement.GetProperty("silos").EnumerateArray());
        Assert.Equal(1, silo.GetProperty("brokerId").GetInt32());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        Assert.Equal("Healthy", silo.GetProperty("health").GetString());
        Assert.Equal(fixture.Broker.Cluster.Silos.Single().SiloAddress.Endpoint.ToString(), silo.GetProperty("address").GetString());
        Assert.True(silo.GetProperty("runtime").GetProperty("activationCount").GetInt32() > 0, "the silo runs at least the topic registry");
        Assert.Equal(1, cluster.RootElement.GetProperty("activeSilos").GetInt32());
    }

    [Fact]
    public async Task GetCluster_AfterDescribingATopic_TheSiloLeadsEachOfItsPartitions()
    {
        var topic = TestTopics.Unique("cluster-leads");
        var admin = fixture.Client.CreateAdminClient();
        await admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 3 });
        await admin.DescribeTopicAsync(topic); // opens every partition, as a client's first use would

        using var cluster = await GetClusterAsync();

        var silo = Assert.Single(cluster.RootElement.GetProperty("silos").EnumerateArray());
        Assert.Equal([0, 1, 2], LeadsOf(silo, topic));
        Assert.True(cluster.RootElement.GetProperty("topics").GetInt32() >= 1);
        Assert.True(cluster.RootElement.GetProperty("partitions").GetInt32() >= 3);
    }

    [Fact]
    public async Task GetCluster_TopicNotUsedYet_LeadsNoneOfItAndDoesNotOpenIt()
    {
        var topic = TestTopics.Unique("cluster-idle");
        await fixture.Client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = 2 });

        using var first = await GetClusterAsync();
        using var second = await GetClusterAsync();

        Assert.Empty(LeadsOf(Assert.Single(first.RootElement.GetProperty("silos").EnumerateArray()), topic));
        Assert.Empty(LeadsOf(Assert.Single(second.RootElement.GetProperty("silos").EnumerateArray()), topic));
    }

    private static List<int> LeadsOf(JsonElement silo, string topic) =>
    [
        .. silo.GetProperty("leads").EnumerateArray()
            .Where(lead => lead.GetProperty("topic").GetString() == topic)
            .Select(lead => lead.GetProperty("partition").GetInt32()),
    ];

    private async Task<JsonDocument> GetClusterAsync()
    {
        using var response = await fixture.Frontend.Http.GetAsync("/api/cluster", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
    }
}
