using System.Net;
using System.Net.Http.Json;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// The API key outside Development: with no key configured every call is refused; with one, a call without it or
/// with a wrong one is refused (401) and a call with it passes, for reads and admin actions alike.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class ApiKeyTests(FrontendFixture fixture)
{
    private const string AdminKey = "test-admin-key";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListTopics_ProductionWithoutConfiguredKey_Returns401EvenWithAKey()
    {
        await using var frontend = await FrontendHost.StartAsync(fixture.Broker.Client, "Production");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/topics") { Headers = { { "X-Api-Key", AdminKey } } };
        using var response = await frontend.Http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListTopics_ProductionWithoutKeyHeader_Returns401()
    {
        await using var frontend = await StartWithKeyAsync();

        using var response = await frontend.Http.GetAsync("/api/topics", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CreateTopic_ProductionWithWrongKey_Returns401AndCreatesNothing()
    {
        await using var frontend = await StartWithKeyAsync();
        var topic = TestTopics.Unique("api-key");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/topics") { Content = JsonContent.Create(new { name = topic }), Headers = { { "X-Api-Key", "wrong" } } };
        using var response = await frontend.Http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(topic, await fixture.Client.CreateAdminClient().ListTopicsAsync());
    }

    [Fact]
    public async Task CreateListDelete_ProductionWithAdminKey_AreAllowed()
    {
        await using var frontend = await StartWithKeyAsync();
        frontend.Http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        var topic = TestTopics.Unique("api-key");

        using var created = await frontend.Http.PostAsJsonAsync("/api/topics", new { name = topic }, Cancellation);
        var listed = await frontend.Http.GetFromJsonAsync<List<string>>("/api/topics", Cancellation);
        using var deleted = await frontend.Http.DeleteAsync($"/api/topics/{topic}", Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(topic, listed!);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    private Task<FrontendHost> StartWithKeyAsync() =>
        FrontendHost.StartAsync(fixture.Broker.Client, "Production", new Dictionary<string, string?> { ["Frontend:ApiKeys:Admin"] = AdminKey });
}
