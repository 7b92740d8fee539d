using System.Net;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>
/// The web UI's sign-in outside Development: a page without a session redirects to the sign-in page; a wrong key
/// shows an error and gives no session; a right key gives a session with its role; a read-only session is refused
/// (403) every page POST while an admin one is let through; a POST without its anti-forgery token is 400; sign-out
/// ends the session; and sign-in never redirects off the site.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class SignInPageTests(FrontendFixture fixture)
{
    private static readonly string[] AnonymousPages = ["/Account/SignIn", "/Account/SignOut", "/Account/AccessDenied"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AccountPage_WithoutSession_RedirectsToSignIn()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend, followRedirects: false);

        using var response = await browser.GetAsync("/Account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri(browser.BaseAddress, "/Account/SignIn?ReturnUrl=%2FAccount"), response.Headers.Location);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task SignIn_WrongKey_ShowsTheErrorAndGivesNoSession(string key)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);

        using var response = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Key"] = key });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That key is not valid: enter the admin or read-only API key of this frontend.", page, StringComparison.Ordinal);
        Assert.False(browser.HasSession);
    }

    [Theory]
    [InlineData(SecuredFrontend.ReadOnlyKey, "reader (API key)", "read-only")]
    [InlineData(SecuredFrontend.AdminKey, "admin (API key)", "admin")]
    public async Task SignIn_RightKey_OpensTheAccountPageWithItsRole(string key, string name, string access)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);

        using var response = await browser.SubmitAsync("/Account/SignIn?ReturnUrl=%2FAccount", "/Account/SignIn", new Dictionary<string, string> { ["Key"] = key, ["ReturnUrl"] = "/Account" });
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.True(browser.HasSession);
        Assert.Equal((HttpStatusCode.OK, "/Account"), (response.StatusCode, response.RequestMessage!.RequestUri!.AbsolutePath));
        Assert.Contains($"Signed in as <strong>{name}</strong> with <strong>{access}</strong> access.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagePost_ReadOnlySession_Returns403OnEveryPage()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);
        await browser.SignInAsync(SecuredFrontend.ReadOnlyKey);
        var token = await browser.AntiforgeryTokenAsync("/Account");
        var pages = (await SecuredFrontend.EndpointsAsync(fixture.Broker.Client))
            .Where(endpoint => endpoint.IsPage() && !AnonymousPages.Contains(endpoint.SamplePath()))
            .Select(endpoint => endpoint.SamplePath())
            .ToList();

        var allowed = new List<string>();
        foreach (var page in pages)
        {
            using var response = await browser.PostAsync(page, new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            var body = await response.Content.ReadAsStringAsync(Cancellation);
            if (response.StatusCode != HttpStatusCode.Forbidden || !body.Contains("This needs the admin role.", StringComparison.Ordinal))
            {
                allowed.Add($"POST {page}: {(int)response.StatusCode}");
            }
        }

        Assert.Contains("/Account", pages);
        Assert.Empty(allowed);
    }

    [Fact]
    public async Task PagePost_AdminSessionWithToken_IsLetThrough()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);
        await browser.SignInAsync(SecuredFrontend.AdminKey);

        using var response = await browser.SubmitAsync("/Account", "/Account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("with <strong>admin</strong> access.", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Account/SignIn", null)]
    [InlineData("/Account", SecuredFrontend.AdminKey)]
    public async Task PagePost_WithoutAntiforgeryToken_Returns400(string page, string? signedInWith)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);
        if (signedInWith is not null)
        {
            await browser.SignInAsync(signedInWith);
        }

        using var form = await browser.GetAsync(page);
        using var response = await browser.PostAsync(page, new Dictionary<string, string> { ["Key"] = SecuredFrontend.AdminKey });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(signedInWith is not null, browser.HasSession);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend);
        await browser.SignInAsync(SecuredFrontend.ReadOnlyKey);

        using var signedOut = await browser.SubmitAsync("/Account/SignOut", "/Account/SignOut");
        using var account = await browser.GetAsync("/Account");

        Assert.False(browser.HasSession);
        Assert.Equal("/Account/SignIn", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/Account/SignIn", account.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/")]
    public async Task SignIn_ReturnUrlOffTheSite_GoesHomeInstead(string returnUrl)
    {
        await using var frontend = await SecuredFrontend.StartAsync(fixture.Broker.Client);
        using var browser = new TestBrowser(frontend, followRedirects: false);

        using var response = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Key"] = SecuredFrontend.ReadOnlyKey, ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SignIn_ProductionWithNoKeysConfigured_RefusesEveryKey()
    {
        var noKeys = new Dictionary<string, string?> { ["Frontend:ApiKeys:Admin"] = "", ["Frontend:ApiKeys:ReadOnly"] = "" };
        await using var frontend = await FrontendHost.StartAsync(fixture.Broker.Client, "Production", noKeys);
        using var browser = new TestBrowser(frontend);

        using var response = await browser.SubmitAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Key"] = "" });

        Assert.Contains("That key is not valid", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.False(browser.HasSession);
    }
}
