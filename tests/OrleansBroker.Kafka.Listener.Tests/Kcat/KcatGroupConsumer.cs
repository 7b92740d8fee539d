using System.Diagnostics;

namespace OrleansBroker.Kafka.Listener.Tests.Kcat;

/// <summary>
/// One <c>kcat -G</c> balanced consumer running in the background until disposed (killed: without -e it never ends,
/// and with -e it would end at the end of its still empty partitions), printing each record as
/// <c>partition@offset key=value</c>, unbuffered so its lines arrive as it reads them.
/// </summary>
public sealed class KcatGroupConsumer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _records = [];
    private readonly List<string> _log = [];

    private KcatGroupConsumer(string clientId, Process process)
    {
        ClientId = clientId;
        _process = process;
    }

    /// <summary>Its client.id, by which the group's description names it.</summary>
    public string ClientId { get; }

    /// <summary>The records it has printed so far, as <c>partition@offset key=value</c>.</summary>
    public IReadOnlyList<string> Records
    {
        get
        {
            lock (_records)
            {
                return [.. _records];
            }
        }
    }

    /// <summary>
    /// Starts kcat joining <paramref name="group"/> on <paramref name="topic"/> as <paramref name="clientId"/>, reading
    /// from the earliest offset where the group has committed none.
    /// </summary>
    public static async Task<KcatGroupConsumer> StartAsync(string bootstrap, string group, string topic, string clientId)
    {
        await Kcat.EnsureInstalledAsync();
        var start = new ProcessStartInfo(Kcat.ExecutablePath) { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = ["-b", bootstrap, "-G", group, "-X", $"client.id={clientId}", "-X", "auto.offset.reset=earliest", "-u", "-f", "%p@%o %k=%s\n", topic];
        arguments.ToList().ForEach(start.ArgumentList.Add);
        var consumer = new KcatGroupConsumer(clientId, Process.Start(start) ?? throw new InvalidOperationException("Could not start kcat -G."));
        consumer._process.OutputDataReceived += (_, line) => Append(consumer._records, line.Data);
        consumer._process.ErrorDataReceived += (_, line) => Append(consumer._log, line.Data);
        consumer._process.BeginOutputReadLine();
        consumer._process.BeginErrorReadLine();
        return consumer;
    }

    /// <summary>What it has printed to stderr (rebalances, errors), and its exit code if it has ended; for failure messages.</summary>
    public override string ToString()
    {
        lock (_log)
        {
            return $"{ClientId}{(_process.HasExited ? $" (exited with {_process.ExitCode})" : "")}: {string.Join(" | ", _log)}";
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static void Append(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }
}
