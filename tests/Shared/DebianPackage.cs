using System.Diagnostics;

namespace OrleansBroker.Testing;

/// <summary>
/// Makes sure a program the tests drive from a Debian package (chromium, kcat) is installed. When it is missing and the
/// tests run as root (CI, containers), installs the package with apt-get (after an update); otherwise fails saying how
/// to install it. Tests never skip for want of a tool.
/// </summary>
public static class DebianPackage
{
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(15);
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>Returns once <paramref name="executablePath"/> exists, installing <paramref name="package"/> first if it must and can.</summary>
    public static async Task EnsureAsync(string package, string executablePath)
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
                    $"These tests run {executablePath} from Debian's {package} package, which is missing, and they are not running as root to install it. " +
                    $"Install it with 'sudo apt-get install -y {package}' (the CI script .ci/run does) and run the tests again.");
            }

            await RunAptAsync("update", package);
            await RunAptAsync($"install -y {package}", package);
            if (!File.Exists(executablePath))
            {
                throw new InvalidOperationException($"apt-get installed the {package} package, yet {executablePath} still does not exist.");
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task RunAptAsync(string arguments, string package)
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
            throw new InvalidOperationException($"apt-get {arguments} did not finish within {AptTimeout.TotalMinutes:0} minutes while installing {package}.");
        }

        if (apt.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"apt-get {arguments} failed with exit code {apt.ExitCode} while installing {package}:{Environment.NewLine}{await output}{await errors}");
        }
    }
}
