using Microsoft.Playwright;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// The base of the web UI's browser tests: each test gets its own browser context (cookies, storage) and a
/// <see cref="Page"/> whose relative URLs go to the fixture's frontend. A test class derives from it, joins the
/// frontend collection and takes the browser as a class fixture:
/// <code>
/// [Collection(FrontendCollection.Name)]
/// public sealed class XPageTests(FrontendFixture frontend, ChromiumFixture chromium) : BrowserTest(frontend, chromium), IClassFixture&lt;ChromiumFixture&gt;
/// </code>
/// </summary>
public abstract class BrowserTest(FrontendFixture frontend, ChromiumFixture chromium) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private IPage? _page;

    /// <summary>The broker cluster, its SDK client and the frontend under test.</summary>
    protected FrontendFixture Frontend => frontend;

    /// <summary>The test's browser tab, on the fixture's frontend (Development: everyone is admin).</summary>
    protected IPage Page
    {
        get => _page ?? throw new InvalidOperationException("The page has not been opened.");
        private set => _page = value;
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => Page = await NewPageAsync(frontend.Frontend);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Makes <paramref name="host"/>, a frontend the test started itself (another environment, other settings), the one
    /// <see cref="Page"/> shows, in a fresh browser context: no cookies from before.
    /// </summary>
    protected async Task UseFrontendAsync(FrontendHost host) => Page = await NewPageAsync(host);

    /// <summary>Opens <paramref name="path"/> (relative to the frontend) and returns the response of the document.</summary>
    protected async Task<IResponse> OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"Opening {path} gave no response.");
    }

    /// <summary>
    /// Clicks <paramref name="submit"/> and returns the response to the form's POST: 302 when the change was made (the
    /// browser then follows it), or the page again with a 4xx status when it was refused. Assert on what the tab shows
    /// next with Playwright's <c>Expect</c>, which waits for it.
    /// </summary>
    protected Task<IResponse> SubmitAsync(ILocator submit) =>
        Page.RunAndWaitForResponseAsync(() => submit.ClickAsync(), response => response.Request.Method == "POST");

    /// <summary>
    /// Saves a full-page screenshot of what the tab shows as <c>TestResults/screenshots/{class}.{test}.{page}.png</c> and
    /// checks it was written and is not trivially small (a blank or unstyled page).
    /// </summary>
    protected async Task ScreenshotAsync(string page)
    {
        var path = Screenshots.PathFor(page);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        var file = new FileInfo(path);
        Assert.True(file.Exists, $"The screenshot {path} was not written.");
        Assert.True(file.Length >= Screenshots.MinimumBytes, $"The screenshot {path} has only {file.Length} bytes: the page looks empty.");
    }

    private async Task<IPage> NewPageAsync(FrontendHost host)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Http.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }
}
