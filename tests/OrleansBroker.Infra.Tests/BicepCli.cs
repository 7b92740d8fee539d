using System.Diagnostics;
using System.Reflection;

namespace OrleansBroker.Infra.Tests;

/// <summary>
/// Runs the Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package; the project file records its path in
/// the assembly metadata "BicepPath". Runs in the repository root so paths read as in the README.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> Executable = new(FindExecutable);

    /// <summary>Runs <c>bicep</c> with <paramref name="arguments"/> and waits for it to exit.</summary>
    public static async Task<BicepResult> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Executable.Value, arguments)
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {Executable.Value}.");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new BicepResult(process.ExitCode, await stdout, await stderr);
    }

    private static string FindExecutable()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepPath").Value;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI is missing; run dotnet restore.", path);
        }

        // The package's files carry whatever mode the NuGet client gave them on extraction; the binary must run.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
        }

        return path;
    }
}
