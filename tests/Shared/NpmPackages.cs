using System.Diagnostics;

namespace OrleansBroker.Testing;

/// <summary>
/// The npm packages a folder of the repository pins with its package.json and package-lock.json (AppHost's Azurite,
/// the listener tests' kafkajs), installed there with <c>npm ci</c> when they are missing, so a fresh clone needs only
/// Node.js. Test processes that start together take turns through a lock file under the folder's obj/, so only the
/// first one installs.
/// </summary>
internal static class NpmPackages
{
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The full path of <paramref name="installedFile"/> (relative to <paramref name="folder"/>, e.g.
    /// <c>node_modules/.bin/azurite</c>), running <c>npm ci</c> in <paramref name="folder"/> (relative to the
    /// repository root) first when that file is missing.
    /// </summary>
    public static async Task<string> EnsureAsync(string folder, string installedFile, CancellationToken cancellation)
    {
        var directory = Path.Combine(RepositoryRoot(), folder);
        var installed = Path.Combine(directory, installedFile);
        if (File.Exists(installed))
        {
            return installed;
        }

        Directory.CreateDirectory(Path.Combine(directory, "obj"));
        using (await LockAsync(Path.Combine(directory, "obj", "npm-ci.lock"), cancellation))
        {
            if (!File.Exists(installed))
            {
                await NpmCiAsync(directory, cancellation);
            }
        }

        return File.Exists(installed) ? installed : throw new InvalidOperationException($"npm ci in {directory} succeeded but {installed} is missing.");
    }

    /// <summary>The directory holding OrleansBroker.sln, found upwards from the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrleansBroker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OrleansBroker.sln above {AppContext.BaseDirectory}: cannot find the repository's package.json folders.");
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

    private static async Task NpmCiAsync(string directory, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in (string[])["ci", "--no-audit", "--no-fund"])
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException($"Could not start npm to install the packages of {directory}.");
        var output = npm.StandardOutput.ReadToEndAsync(cancellation);
        var errors = npm.StandardError.ReadToEndAsync(cancellation);
        await npm.WaitForExitAsync(cancellation);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {directory} exited with code {npm.ExitCode}:{Environment.NewLine}{await output}{await errors}");
        }
    }
}
