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

    private readonly Process _process;
    private readonly OutputLines _out = new();
    private readonly OutputLines _error = new();

    private ObkProcess(IEnumerable<string> args)
    {
        // Through env --default-signal=INT: a test run started in the background of a non-interactive shell inherits
        // SIGINT as ignored, and .NET then never sees Ctrl+C; obk must get it as it would from a terminal.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(BuiltTools.ObkDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => _out.Add(e.Data);
        _process.ErrorDataReceived += (_, e) => _error.Add(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Lines printed on stdout so far.</summary>
    public IReadOnlyList<string> Out => _out.Snapshot();

    /// <summary>Starts <c>obk args</c>.</summary>
    public static ObkProcess Start(params IEnumerable<string> args) => new(args);

    /// <summary>Writes <paramref name="text"/> to the process's stdin, as typed, leaving it open.</summary>
    public async Task WriteInputAsync(string text)
    {
        await _process.StandardInput.WriteAsync(text);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Writes <paramref name="text"/> to the process's stdin and closes it (end of input).</summary>
    public async Task CloseInputAsync(string text = "")
    {
        await _process.StandardInput.WriteAsync(text);
        _process.StandardInput.Close();
    }

    /// <summary>Waits until stdout has a line matching <paramref name="match"/>; false when none comes within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout) => _out.WaitForAsync(match, timeout);

    /// <summary>Sends Ctrl+C (SIGINT) and waits for the process to end.</summary>
    public async Task<ObkResult> InterruptAsync()
    {
        await Signals.SendAsync(_process, Signals.Interrupt);
        return await WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself; kills it and fails the test when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task<ObkResult> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"obk did not exit within {timeout ?? DefaultTimeout}; it was killed. {Result(-1)}");
        }

        return Result(_process.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private ObkResult Result(int exitCode) => new(exitCode, _out.Snapshot(), _error.Snapshot());
}
