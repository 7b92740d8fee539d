using System.Diagnostics;
using System.Globalization;

namespace OrleansBroker.Testing.Processes;

/// <summary>Sends POSIX signals to processes the tests started, with the system's kill command.</summary>
public static class Signals
{
    /// <summary>Ctrl+C.</summary>
    public const string Interrupt = "INT";

    /// <summary>A clean stop request, as a service manager sends.</summary>
    public const string Terminate = "TERM";

    /// <summary>Sends <paramref name="signal"/> to <paramref name="process"/>.</summary>
    public static async Task SendAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {process.Id} failed with exit code {kill.ExitCode}.");
        }
    }
}
