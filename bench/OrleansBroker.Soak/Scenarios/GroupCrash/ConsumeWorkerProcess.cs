using System.Diagnostics;
using System.Globalization;
using OrleansBroker.Soak.Commands;

namespace OrleansBroker.Soak.Scenarios.GroupCrash;

/// <summary>
/// A <c>consume-worker</c> child process (this harness run as <c>dotnet OrleansBroker.Soak.dll consume-worker</c>):
/// the records it has printed so far, and SIGKILL. Disposing kills it if it still runs.
/// </summary>
internal sealed class ConsumeWorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OutputLines _out = new();
    private readonly OutputLines _error = new();

    private ConsumeWorkerProcess(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ConsumeWorkerCommand).Assembly.Location);
        start.ArgumentList.Add("consume-worker");
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

    /// <summary>Starts a worker in <paramref name="group"/> on <paramref name="topic"/>.</summary>
    public static ConsumeWorkerProcess Start(string bootstrapServer, string topic, string group, int commitEvery, int recordDelayMs) =>
        new([
            "--bootstrap-server", bootstrapServer, "--topic", topic, "--group", group,
            "--commit-every", commitEvery.ToString(CultureInfo.InvariantCulture),
            "--record-delay-ms", recordDelayMs.ToString(CultureInfo.InvariantCulture),
        ]);

    /// <summary>The records printed so far, in the order printed.</summary>
    public IReadOnlyList<(int Partition, long Offset)> Records() =>
        [.. _out.Snapshot().Where(line => line.StartsWith(ConsumeWorkerCommand.RecordLine, StringComparison.Ordinal)).Select(Parse)];

    /// <summary>What the worker printed on stderr, for failure messages.</summary>
    public string Errors => string.Join(Environment.NewLine, _error.Snapshot().TakeLast(20));

    /// <summary>Waits until the worker has printed <paramref name="count"/> records; false when it has not within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForRecordsAsync(long count, TimeSpan timeout) =>
        _out.WaitForAsync(line => line.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{ConsumeWorkerCommand.RecordLine}{count} "), StringComparison.Ordinal), timeout);

    /// <summary>Waits until the worker has printed the record at <paramref name="partition"/>/<paramref name="offset"/>; false when it has not within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForRecordAsync(int partition, long offset, TimeSpan timeout) =>
        _out.WaitForAsync(line => line.StartsWith(ConsumeWorkerCommand.RecordLine, StringComparison.Ordinal) && Parse(line) == (partition, offset), timeout);

    /// <summary>Kills the worker outright (SIGKILL): no commit, no leaving the group.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static (int Partition, long Offset) Parse(string line)
    {
        var fields = line[ConsumeWorkerCommand.RecordLine.Length..].Split(' ');
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture));
    }
}
