using System.Diagnostics;

namespace OrleansBroker.Kafka.Listener.Tests;

/// <summary>
/// Runs a client program the compatibility tests drive (kcat, node with kafkajs) to completion and returns its
/// stdout; a non-zero exit or a run past its time limit fails the test with the program's stderr.
/// </summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="executable"/> with <paramref name="arguments"/>, <paramref name="input"/> on stdin; killed after <paramref name="timeout"/>.</summary>
    public static async Task<string> RunAsync(string executable, IEnumerable<string> arguments, TimeSpan timeout, string? input = null)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var command = $"{Path.GetFileName(executable)} {string.Join(' ', start.ArgumentList)}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input ?? "");
        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{command} did not finish within {timeout.TotalSeconds} s: {await errors}");
        }

        Assert.True(process.ExitCode == 0, $"{command} exited with {process.ExitCode}: {await errors}");
        return await output;
    }
}
