using System.Diagnostics;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Kcat;

/// <summary>
/// Runs Debian's kcat against a listener and returns what it printed. The first run makes sure kcat is installed
/// (<see cref="DebianPackage"/>: apt-get as root, else a clear failure, never a skip).
/// </summary>
public static class Kcat
{
    private const string ExecutablePath = "/usr/bin/kcat";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <c>kcat -b <paramref name="bootstrap"/></c> with <paramref name="arguments"/>, <paramref name="input"/> on stdin; returns stdout, failing on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string bootstrap, IEnumerable<string> arguments, string? input = null)
    {
        await DebianPackage.EnsureAsync("kcat", ExecutablePath);
        var start = new ProcessStartInfo(ExecutablePath) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-b", bootstrap }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var kcat = Process.Start(start) ?? throw new InvalidOperationException("Could not start kcat.");
        var output = kcat.StandardOutput.ReadToEndAsync();
        var errors = kcat.StandardError.ReadToEndAsync();
        await kcat.StandardInput.WriteAsync(input ?? "");
        kcat.StandardInput.Close();
        using var timeout = new CancellationTokenSource(RunTimeout);
        try
        {
            await kcat.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            kcat.Kill();
            Assert.Fail($"kcat {string.Join(' ', start.ArgumentList)} did not finish within {RunTimeout.TotalSeconds} s: {await errors}");
        }

        Assert.True(kcat.ExitCode == 0, $"kcat {string.Join(' ', start.ArgumentList)} exited with {kcat.ExitCode}: {await errors}");
        return await output;
    }
}
