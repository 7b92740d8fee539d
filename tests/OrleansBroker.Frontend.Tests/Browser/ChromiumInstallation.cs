using System.Diagnostics;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// Makes sure Debian's Chromium is where the browser tests expect it. When it is missing and the tests run as root (CI,
/// containers), installs the <c>chromium</c> package with apt-get; otherwise fails saying how to install it. The tests
/// never skip for want of a browser.
/// </summary>
internal static class ChromiumInstallation
{
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(15);
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>Returns once <paramref name="executablePath"/> exists, installing Chromium first if it must and can.</summary>
    public static async Task EnsureAsync(string executablePath)
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(executablePath))
            {
                return;
            }

            if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
            {
                throw new InvalidOperationException(
                    $"The browser tests drive Debian's Chromium at {executablePath}, which is missing, and they are not running as root to install it. " +
                    "Install it with 'sudo apt-get install -y chromium' (the CI script .ci/run does) and run the tests again.");
            }

            await RunAptAsync("update");
            await RunAptAsync("install -y chromium");
            if (!File.Exists(executablePath))
            {
                throw new InvalidOperationException($"apt-get installed the chromium package, yet {executablePath} still does not exist.");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task RunAptAsync(string arguments)
    {
        var start = new ProcessStartInfo("apt-get", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DEBIAN_FRONTEND"] = "noninteractive" },
        };
        using var apt = Process.Start(start) ?? throw new InvalidOperationException($"Could not start apt-get {arguments}.");
        var output = apt.StandardOutput.ReadToEndAsync();
        var errors = apt.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(AptTimeout);
        try
        {
            await apt.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            apt.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"apt-get {arguments} did not finish within {AptTimeout.TotalMinutes:0} minutes while installing Chromium for the browser tests.");
        }

        if (apt.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"apt-get {arguments} failed with exit code {apt.ExitCode} while installing Chromium for the browser tests:{Environment.NewLine}{await output}{await errors}");
        }
    }
}
