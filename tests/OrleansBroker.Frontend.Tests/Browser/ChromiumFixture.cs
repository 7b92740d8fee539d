using Microsoft.Playwright;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// A headless Debian Chromium driven by Playwright (whose package ships the driver and its node; no browser download),
/// shared by the tests of one class. Playwright starts it with a fresh temporary user-data directory, deleted on close.
/// The flags keep it from reaching out to the network, which this machine and CI do not have.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        await DebianPackage.EnsureAsync("chromium", ExecutablePath);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
