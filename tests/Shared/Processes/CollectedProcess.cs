using System.Diagnostics;

namespace OrleansBroker.Testing.Processes;

/// <summary>
/// A child process whose stdout and stderr lines are collected as they come, for a test or scenario to wait on and
/// read. Disposing kills it (with any children) if it still runs.
/// </summary>
public sealed class CollectedProcess : IAsyncDisposable
{
    private CollectedProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        Process = new Process { StartInfo = start };
        Process.OutputDataReceived += (_, e) => Out.Add(e.Data);
        Process.ErrorDataReceived += (_, e) => Error.Add(e.Data);
    }

    /// <summary>The running process: its stdin (when redirected), exit code, and signals.</summary>
    public Process Process { get; }

    /// <summary>Lines printed on stdout so far.</summary>
    public OutputLines Out { get; } = new();

    /// <summary>Lines printed on stderr so far.</summary>
    public OutputLines Error { get; } = new();

    /// <summary>Starts <paramref name="start"/> with stdout and stderr redirected into <see cref="Out"/> and <see cref="Error"/>.</summary>
    public static CollectedProcess Start(ProcessStartInfo start)
    {
        var collected = new CollectedProcess(start);
        collected.Process.Start();
        collected.Process.BeginOutputReadLine();
        collected.Process.BeginErrorReadLine();
        return collected;
    }

    /// <summary>Kills the process outright (SIGKILL, with any children) and waits until it has ended.</summary>
    public async Task KillAsync()
    {
        Process.Kill(entireProcessTree: true);
        await Process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            await KillAsync();
        }

        Process.Dispose();
    }
}
