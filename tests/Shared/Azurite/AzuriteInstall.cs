using System.Diagnostics;

namespace OrleansBroker.Testing.Azurite;

/// <summary>
/// Finds Azurite in the repository's AppHost/node_modules, which AppHost/package.json pins, and installs it there
/// with <c>npm ci</c> when it is missing. Test processes that start together take turns through a lock file under
/// AppHost/obj, so only the first one installs.
/// </summary>
internal static class AzuriteInstall
{
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>The path of the azurite executable, installed first if needed.</summary>
    public static async Task<string> EnsureAsync(CancellationToken cancellation)
    {
        var root = RepositoryRoot();
        var appHost = Path.Combine(root, "AppHost");
        var azurite = Path.Combine(appHost, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (File.Exists(azurite))
        {
            return azurite;
        }

        Directory.CreateDirectory(Path.Combine(appHost, "obj"));
        using (await LockAsync(Path.Combine(appHost, "obj", "azurite-install.lock"), cancellation))
        {
            if (!File.Exists(azurite))
            {
                await NpmCiAsync(root, cancellation);
            }
        }

        return File.Exists(azurite) ? azurite : throw new InvalidOperationException($"npm ci --prefix AppHost succeeded but {azurite} is missing.");
    }

    /// <summary>The directory holding OrleansBroker.sln, found upwards from the test assembly.</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrleansBroker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OrleansBroker.sln above {AppContext.BaseDirectory}: cannot find AppHost/package.json for Azurite.");
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken cancellation)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                // Another test process is installing; wait for its lock.
                await Task.Delay(LockRetry, cancellation);
            }
        }
    }

    private static async Task NpmCiAsync(string root, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var argument in (string[])["ci", "--prefix", "AppHost", "--no-audit", "--no-fund"])
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm to install Azurite.");
        var output = npm.StandardOutput.ReadToEndAsync(cancellation);
        var errors = npm.StandardError.ReadToEndAsync(cancellation);
        await npm.WaitForExitAsync(cancellation);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci --prefix AppHost exited with code {npm.ExitCode}:{Environment.NewLine}{await output}{await errors}");
        }
    }
}
