using Microsoft.AspNetCore.Routing;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>
/// The guard over every endpoint the frontend maps, today's and those added later: each API endpoint and page names
/// the Read or Admin policy, every API endpoint that changes something names Admin, and only the sign-in pages let
/// anyone in.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class EndpointPolicyTests(FrontendFixture fixture)
{
    private static readonly string[] AnonymousPages = ["/Account/SignIn", "/Account/SignOut", "/Account/AccessDenied"];

    [Fact]
    public async Task EveryApiEndpointAndPage_NamesReadOrAdmin()
    {
        var endpoints = await SecuredFrontend.EndpointsAsync(fixture.Broker.Client);
        var guarded = endpoints.Where(endpoint => endpoint.IsApi() || endpoint.IsPage()).ToList();

        var unguarded = guarded
            .Where(endpoint => !endpoint.AllowsAnonymous() && !endpoint.Policies().Any(policy => policy is FrontendPolicies.Read or FrontendPolicies.Admin))
            .Select(endpoint => endpoint.Describe());

        Assert.Contains(guarded, endpoint => endpoint.IsApi());
        Assert.Contains(guarded, endpoint => endpoint.IsPage());
        Assert.Empty(unguarded);
    }

    [Fact]
    public async Task EveryChangingApiEndpoint_NamesAdmin()
    {
        var endpoints = await SecuredFrontend.EndpointsAsync(fixture.Broker.Client);

        var notAdmin = endpoints
            .Where(endpoint => endpoint.IsApi() && endpoint.Changes() && !endpoint.Policies().Contains(FrontendPolicies.Admin))
            .Select(endpoint => endpoint.Describe());

        Assert.Contains(endpoints, endpoint => endpoint.IsApi() && endpoint.Changes());
        Assert.Empty(notAdmin);
    }

    [Fact]
    public async Task AnonymousEndpoints_AreOnlyTheSignInPages()
    {
        var endpoints = await SecuredFrontend.EndpointsAsync(fixture.Broker.Client);

        var anonymous = endpoints.Where(endpoint => (endpoint.IsApi() || endpoint.IsPage()) && endpoint.AllowsAnonymous()).Select(endpoint => endpoint.SamplePath());

        Assert.Equal(AnonymousPages.Order(StringComparer.Ordinal), anonymous.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TopicsApi_ReadsNeedReadAndChangesNeedAdmin()
    {
        var endpoints = await SecuredFrontend.EndpointsAsync(fixture.Broker.Client);

        var topics = endpoints.Where(endpoint => endpoint.Metadata.GetMetadata<EndpointNameMetadata>()?.EndpointName is
                "ListTopics" or "CreateTopic" or "DescribeTopic" or "DeleteTopic" or "CreatePartitions" or "AlterTopicConfigs")
            .Select(endpoint => (endpoint.Describe(), endpoint.Policies().Single()));

        Assert.Equal(
            [
                ("GET /api/topics/", FrontendPolicies.Read),
                ("POST /api/topics/", FrontendPolicies.Admin),
                ("GET /api/topics/{name}", FrontendPolicies.Read),
                ("DELETE /api/topics/{name}", FrontendPolicies.Admin),
                ("POST /api/topics/{name}/partitions", FrontendPolicies.Admin),
                ("PATCH /api/topics/{name}/configs", FrontendPolicies.Admin),
            ],
            topics);
    }
}
