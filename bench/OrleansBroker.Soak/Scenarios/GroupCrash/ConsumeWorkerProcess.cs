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
    private readonly CollectedProcess _process;

    private ConsumeWorkerProcess(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(typeof(ConsumeWorkerCommand).Assembly.Location);
        start.ArgumentList.Add("consume-worker");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = CollectedProcess.Start(start);
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
        [.. _process.Out.Snapshot().Where(line => line.StartsWith(ConsumeWorkerCommand.RecordLine, StringComparison.Ordinal)).Select(Parse)];

    /// <summary>What the worker printed on stderr, for failure messages.</summary>
    public string Errors => string.Join(Environment.NewLine, _process.Error.Snapshot().TakeLast(20));

    /// <summary>Waits until the worker has printed <paramref name="count"/> records; false when it has not within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForRecordsAsync(long count, TimeSpan timeout) =>
        _process.Out.WaitForAsync(line => line.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{ConsumeWorkerCommand.RecordLine}{count} "), StringComparison.Ordinal), timeout);

    /// <summary>Waits until the worker has printed the record at <paramref name="partition"/>/<paramref name="offset"/>; false when it has not within <paramref name="timeout"/>.</summary>
    public Task<bool> WaitForRecordAsync(int partition, long offset, TimeSpan timeout) =>
        _process.Out.WaitForAsync(line => line.StartsWith(ConsumeWorkerCommand.RecordLine, StringComparison.Ordinal) && Parse(line) == (partition, offset), timeout);

    /// <summary>Kills the worker outright (SIGKILL): no commit, no leaving the group.</summary>
    public Task KillAsync() => _process.KillAsync();

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static (int Partition, long Offset) Parse(string line)
    {
        var fields = line[ConsumeWorkerCommand.RecordLine.Length..].Split(' ');
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture));
    }
}
