using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Security;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>
/// Who may use the HTTP API outside Development, over every API endpoint the frontend maps and over the topics
/// endpoints in detail: no key or a wrong one is 401, a read-only key reads but is 403 on every admin endpoint and
/// changes nothing, the admin key may do everything, and a browser session reads but never administers through the API.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class ApiAccessTests(FrontendFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private IAdminClient Admin => fixture.Client.CreateAdminClient();

    public static TheoryData<string?, string> InvalidKeys => new()
    {
        { null, ApiProblems.NotSignedIn },
        { "wrong-key", ApiProblems.InvalidKey },
        { "", ApiProblems.InvalidKey },
    };

    public static TheoryData<string> AdminTopicActions => ["create", "delete", "add partitions", "alter configs"];

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public async Task EveryApiEndpoint_WithoutAValidKey_Returns401Problem(string? key, string detail)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);

        var mismatches = await MismatchesAsync(frontend, endpoint => endpoint.IsApi(), key, HttpStatusCode.Unauthorized, detail);

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task EveryAdminApiEndpoint_WithReadOnlyKey_Returns403Problem()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);

        var mismatches = await MismatchesAsync(frontend, IsAdminApi, SecuredFrontend.ReadOnlyKey, HttpStatusCode.Forbidden, ApiProblems.NotAdmin);

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task EveryAdminApiEndpoint_WithAdminBrowserSession_Returns403Problem()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);
        await browser.SignInAsync(SecuredFrontend.AdminKey);

        var mismatches = await MismatchesAsync(frontend, IsAdminApi, key: null, HttpStatusCode.Forbidden, ApiProblems.NotAdmin, browser);

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(AdminTopicActions))]
    public async Task AdminTopicAction_WithReadOnlyKey_Returns403AndChangesNothing(string action)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        var topic = await CreateTopicAsync();
        var before = (await Admin.DescribeTopicAsync(topic)).Metadata;
        var newTopic = TestTopics.Unique("refused");

        using var request = TopicRequest(action, topic, newTopic, SecuredFrontend.ReadOnlyKey);
        using var response = await frontend.Http.SendAsync(request, Cancellation);

        Assert.Equal("", await ApiProblems.MismatchAsync(response, HttpStatusCode.Forbidden, ApiProblems.NotAdmin));
        var after = (await Admin.DescribeTopicAsync(topic)).Metadata;
        Assert.Equal(before.PartitionCount, after.PartitionCount);
        Assert.Equal(before.Configs, after.Configs);
        Assert.DoesNotContain(newTopic, await Admin.ListTopicsAsync());
    }

    [Theory]
    [InlineData("create", HttpStatusCode.Created)]
    [InlineData("delete", HttpStatusCode.NoContent)]
    [InlineData("add partitions", HttpStatusCode.OK)]
    [InlineData("alter configs", HttpStatusCode.OK)]
    public async Task AdminTopicAction_WithAdminKey_IsDone(string action, HttpStatusCode status)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        var topic = await CreateTopicAsync();
        var newTopic = TestTopics.Unique("allowed");

        using var request = TopicRequest(action, topic, newTopic, SecuredFrontend.AdminKey);
        using var response = await frontend.Http.SendAsync(request, Cancellation);

        Assert.Equal(status, response.StatusCode);
        var topics = await Admin.ListTopicsAsync();
        var done = action switch
        {
            "create" => topics.Contains(newTopic),
            "delete" => !topics.Contains(topic),
            "add partitions" => (await Admin.DescribeTopicAsync(topic)).Metadata.PartitionCount == 3,
            _ => (await Admin.DescribeTopicAsync(topic)).Metadata.Configs.GetValueOrDefault(TopicConfigNames.RetentionMs) == "1000",
        };
        Assert.True(done, $"{action} was answered {(int)response.StatusCode} but not done.");
    }

    [Fact]
    public async Task ReadTopics_WithReadOnlyKey_Returns200WithTheTopics()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        frontend.Http.DefaultRequestHeaders.Add("X-Api-Key", SecuredFrontend.ReadOnlyKey);
        var topic = await CreateTopicAsync();

        var listed = await frontend.Http.GetFromJsonAsync<List<string>>("/api/topics", Cancellation);
        using var described = await frontend.Http.GetAsync($"/api/topics/{topic}", Cancellation);

        Assert.Contains(topic, listed!);
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        Assert.Contains($"\"name\":\"{topic}\"", await described.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadTopics_WithReaderBrowserSession_Returns200()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);
        await browser.SignInAsync(SecuredFrontend.ReadOnlyKey);
        var topic = await CreateTopicAsync();

        using var response = await browser.GetAsync("/api/topics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(topic, (await response.Content.ReadFromJsonAsync<List<string>>(Cancellation))!);
    }

    [Fact]
    public async Task CreateTopic_WithAdminBrowserSession_Returns403AndCreatesNothing()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);
        await browser.SignInAsync(SecuredFrontend.AdminKey);
        var topic = TestTopics.Unique("csrf");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/topics") { Content = JsonContent.Create(new { name = topic }) };
        using var response = await browser.SendAsync(request);

        Assert.Equal("", await ApiProblems.MismatchAsync(response, HttpStatusCode.Forbidden, ApiProblems.NotAdmin));
        Assert.DoesNotContain(topic, await Admin.ListTopicsAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("any-key")]
    public async Task ListTopics_ProductionWithNoKeysConfigured_Returns401ForAnyKey(string key)
    {
        var noKeys = new Dictionary<string, string?> { ["Frontend:ApiKeys:Admin"] = "", ["Frontend:ApiKeys:ReadOnly"] = "" };
        await using var frontend = await FrontendHost.StartAsync(fixture.Broker.Client, "Production", noKeys);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/topics") { Headers = { { "X-Api-Key", key } } };
        using var response = await frontend.Http.SendAsync(request, Cancellation);

        Assert.Equal("", await ApiProblems.MismatchAsync(response, HttpStatusCode.Unauthorized, ApiProblems.InvalidKey));
    }

    [Fact]
    public async Task ListTopics_DevelopmentRequiringAuthentication_Returns401WithoutKeyAnd200WithOne()
    {
        var settings = SecuredFrontend.Keys.Append(new("Frontend:RequireAuthentication", "true")).ToDictionary();
        await using var frontend = await FrontendHost.StartAsync(fixture.Broker.Client, "Development", settings);

        using var anonymous = await frontend.Http.GetAsync("/api/topics", Cancellation);
        frontend.Http.DefaultRequestHeaders.Add("X-Api-Key", SecuredFrontend.ReadOnlyKey);
        using var reader = await frontend.Http.GetAsync("/api/topics", Cancellation);

        Assert.Equal("", await ApiProblems.MismatchAsync(anonymous, HttpStatusCode.Unauthorized, ApiProblems.NotSignedIn));
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
    }

    [Fact]
    public async Task CreateTopic_DevelopmentWithoutKey_IsAllowed()
    {
        var topic = TestTopics.Unique("dev");

        using var response = await fixture.Frontend.Http.PostAsJsonAsync("/api/topics", new { name = topic }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(topic, await Admin.ListTopicsAsync());
    }

    private static bool IsAdminApi(RouteEndpoint endpoint) => endpoint.IsApi() && endpoint.Policies().Contains(FrontendPolicies.Admin);

    /// <summary>Sends one request to each endpoint <paramref name="select"/> picks; lists those not answered with the expected problem.</summary>
    private async Task<List<string>> MismatchesAsync(
        FrontendHost frontend, Func<RouteEndpoint, bool> select, string? key, HttpStatusCode status, string detail, TestBrowser? browser = null)
    {
        var endpoints = (await SecuredFrontend.EndpointsAsync(fixture.Broker.Client)).Where(select).ToList();
        Assert.NotEmpty(endpoints);
        var mismatches = new List<string>();
        foreach (var endpoint in endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Methods()[0]), endpoint.SamplePath()) { Content = JsonContent.Create(new { }) };
            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            using var response = browser is null ? await frontend.Http.SendAsync(request, Cancellation) : await browser.SendAsync(request);
            if (await ApiProblems.MismatchAsync(response, status, detail) is { Length: > 0 } mismatch)
            {
                mismatches.Add($"{endpoint.Describe()}: {mismatch}");
            }
        }

        return mismatches;
    }

    private async Task<string> CreateTopicAsync()
    {
        var metadata = await Admin.CreateTopicAsync(new TopicSpecification { Name = TestTopics.Unique("access"), NumPartitions = 1 });
        return metadata.Name;
    }

    private static HttpRequestMessage TopicRequest(string action, string topic, string newTopic, string key)
    {
        var request = action switch
        {
            "create" => new HttpRequestMessage(HttpMethod.Post, "/api/topics") { Content = JsonContent.Create(new { name = newTopic }) },
            "delete" => new HttpRequestMessage(HttpMethod.Delete, $"/api/topics/{topic}"),
            "add partitions" => new HttpRequestMessage(HttpMethod.Post, $"/api/topics/{topic}/partitions") { Content = JsonContent.Create(new { count = 3 }) },
            "alter configs" => new HttpRequestMessage(HttpMethod.Patch, $"/api/topics/{topic}/configs")
            {
                Content = JsonContent.Create(new { set = new Dictionary<string, string> { [TopicConfigNames.RetentionMs] = "1000" } }),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a topic action of these tests."),
        };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }
}
