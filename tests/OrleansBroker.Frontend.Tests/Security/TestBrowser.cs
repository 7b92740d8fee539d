using System.Net;
using System.Text.RegularExpressions;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>
/// A browser for the security tests: keeps cookies, posts forms with the anti-forgery token of the page they are on
/// (or without one), and leaves redirects to follow or not.
/// </summary>
internal sealed partial class TestBrowser : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;

    public TestBrowser(FrontendHost frontend, bool followRedirects = true)
    {
        BaseAddress = frontend.Http.BaseAddress!;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = followRedirects }) { BaseAddress = BaseAddress };
    }

    /// <summary>The frontend's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Whether the browser holds a session cookie.</summary>
    public bool HasSession => _cookies.GetCookies(BaseAddress).Any(cookie => cookie.Name == ".OrleansBroker.Session");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>GETs <paramref name="path"/>.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path, Cancellation);

    /// <summary>Sends <paramref name="request"/> with the browser's cookies.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request, Cancellation);

    /// <summary>Opens <paramref name="formPage"/> and posts <paramref name="fields"/> to <paramref name="action"/> with that page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string action, IDictionary<string, string>? fields = null)
    {
        var token = await AntiforgeryTokenAsync(formPage);
        return await PostAsync(action, new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token });
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> as a form, exactly as given (no token unless given).</summary>
    public Task<HttpResponseMessage> PostAsync(string action, IDictionary<string, string> fields) =>
        _http.PostAsync(action, new FormUrlEncodedContent(fields), Cancellation);

    /// <summary>Signs in on the sign-in page with <paramref name="key"/>.</summary>
    public async Task SignInAsync(string key)
    {
        using var response = await SubmitAsync("/Account/SignIn", "/Account/SignIn", new Dictionary<string, string> { ["Key"] = key });
        Assert.True(HasSession, $"Signing in with {key} gave no session (status {(int)response.StatusCode}).");
    }

    /// <summary>The anti-forgery token in the first form of <paramref name="page"/>.</summary>
    public async Task<string> AntiforgeryTokenAsync(string page)
    {
        var html = await _http.GetStringAsync(page, Cancellation);
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, $"{page} has no anti-forgery token.");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]*)\"")]
    private static partial Regex AntiforgeryField();
}
