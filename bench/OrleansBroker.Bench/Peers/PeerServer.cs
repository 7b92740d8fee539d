using System.Diagnostics;
using System.Globalization;

namespace OrleansBroker.Bench.Peers;

/// <summary>
/// A peer broker the bench compares against, run from its Debian package (installed when missing) on a free loopback
/// port with its data in a temporary directory, and stopped, its data deleted, on dispose.
/// </summary>
internal sealed class PeerServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly CollectedProcess _process;
    private readonly string _directory;

    private PeerServer(CollectedProcess process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    /// <summary>The port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>
    /// Debian's redis-server, durable the way a Redis user makes it: append-only file, fsync every second (RDB snapshots
    /// off, the AOF being the durability).
    /// </summary>
    public static Task<PeerServer> StartRedisAsync() => StartAsync(
        "redis-server",
        "/usr/bin/redis-server",
        (port, directory) =>
        [
            "--port", port, "--bind", "127.0.0.1", "--dir", directory,
            "--appendonly", "yes", "--appendfsync", "everysec", "--save", string.Empty, "--daemonize", "no",
        ],
        process => process.Out,
        "Ready to accept connections");

    /// <summary>Debian's nats-server with JetStream, its file storage in the temporary directory.</summary>
    public static Task<PeerServer> StartNatsAsync() => StartAsync(
        "nats-server",
        "/usr/sbin/nats-server",
        (port, directory) => ["-js", "-a", "127.0.0.1", "-p", port, "-sd", directory],
        process => process.Error,
        "Server is ready");

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Starts <paramref name="executable"/> and waits until it prints <paramref name="ready"/> on the stream <paramref name="log"/> picks.</summary>
    private static async Task<PeerServer> StartAsync(
        string package, string executable, Func<string, string, string[]> arguments, Func<CollectedProcess, OutputLines> log, string ready)
    {
        await DebianPackage.EnsureAsync(package, executable);
        var directory = Directory.CreateTempSubdirectory($"obk-bench-{package}-").FullName;
        var port = FreePorts.Next();
        var start = new ProcessStartInfo(executable);
        foreach (var argument in arguments(port.ToString(CultureInfo.InvariantCulture), directory))
        {
            start.ArgumentList.Add(argument);
        }

        var process = CollectedProcess.Start(start);
        if (!await log(process).WaitForAsync(line => line.Contains(ready, StringComparison.Ordinal), StartTimeout))
        {
            await process.DisposeAsync();
            Directory.Delete(directory, recursive: true);
            throw new InvalidOperationException($"{package} did not start: {string.Join(Environment.NewLine, log(process).Snapshot())}");
        }

        return new PeerServer(process, directory, port);
    }
}
