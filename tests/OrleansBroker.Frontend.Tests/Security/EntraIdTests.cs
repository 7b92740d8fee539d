using System.Net;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>
/// Entra ID, as far as it can be exercised without reaching Microsoft: with an app registration configured the
/// sign-in page offers "Sign in with Microsoft" (the OpenID Connect scheme is registered) and a bearer token the
/// JWT scheme cannot validate is a 401 problem; without one, neither appears. The instance is a closed loopback
/// port, so nothing leaves the machine.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class EntraIdTests(FrontendFixture fixture)
{
    private const string BearerRefused = "The bearer token was refused: it must be a valid Entra ID access token for this application.";

    private static readonly Dictionary<string, string?> AppRegistration = new()
    {
        ["AzureAd:Instance"] = "https://127.0.0.1:1/",
        ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignInPage_OffersMicrosoftOnlyWhenEntraIdIsConfigured(bool configured)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client, configured ? AppRegistration : null);

        var page = await frontend.Http.GetStringAsync("/Account/SignIn", Cancellation);

        Assert.Equal(configured, page.Contains(">Sign in with Microsoft</a>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListTopics_BadBearerToken_Returns401ProblemNamingTheToken()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client, AppRegistration);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/topics") { Headers = { { "Authorization", "Bearer not-a-token" } } };
        using var response = await frontend.Http.SendAsync(request, Cancellation);

        Assert.Equal("", await ApiProblems.MismatchAsync(response, HttpStatusCode.Unauthorized, BearerRefused));
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }
}
