using System.Diagnostics;
using System.Text;

namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>
/// One obk process (<c>dotnet obk.dll args</c>): feed it input, watch its output as it comes, interrupt it, and
/// collect how it ended. Never outlives the test: disposing kills it if it still runs.
/// </summary>
internal sealed class ObkProcess : IAsyncDisposable
{
    /// <summary>How long any single obk run may take before the test fails.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly CollectedProcess _process;

    private ObkProcess(IEnumerable<string> args)
    {
        // Through env --default-signal=INT: a test run started in the background of a non-interactive shell inherits
        // SIGINT as ignored, and .NET then never sees Ctrl+C; obk must get it as it would from a terminal.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardInput = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(BuiltTools.ObkDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = CollectedProcess.Start(start);
    }

    /// <summary>Lines printed on stdout so far.</summary>
    public IReadOnlyList<string> Out => _process.Out.Snapshot();

    /// <summary>Starts <c>obk args</c>.</summary>
    public static ObkProcess Start(params IEnumerable<string> args) => new(args);

    /// <summary>Writes <paramref name="text"/> to the process's stdin, as typed, leaving it open.</summary>
    public async Task WriteInputAsync(string text)
    {
        await _process.Process.StandardInput.WriteAsync(text);
        await _process.Process.StandardInput.FlushAsync();
    }

    /// <summary>Writes <paramref name="text"/> to the process's stdin and closes it (end of input).</summary>
    public async Task CloseInputAsync(string text = "")
    {
        await _process.Process.StandardInput.WriteAsync(text);
        _process.Process.StandardInput.Close();
    }

    /// <summary>Waits until stdout has a line matching <paramref name="match"/>; false when none comes within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout) => _process.Out.WaitForAsync(match, timeout);

    /// <summary>Sends Ctrl+C (SIGINT) and waits for the process to end.</summary>
    public async Task<ObkResult> InterruptAsync()
    {
        await Signals.SendAsync(_process.Process, Signals.Interrupt);
        return await WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself; kills it and fails the test when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<ObkResult> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await _process.Process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            await _process.KillAsync();
            Assert.Fail($"obk did not exit within {timeout ?? DefaultTimeout}; it was killed. {Result(-1)}");
        }

        return Result(_process.Process.ExitCode);
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private ObkResult Result(int exitCode) => new(exitCode, _process.Out.Snapshot(), _process.Error.Snapshot());
}
