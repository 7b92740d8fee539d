using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OrleansBroker.Testing.Processes;

/// <summary>
/// A real silo process (the built OrleansBroker.Silo.dll) on free loopback ports with its own temporary data
/// directory. It can be killed (SIGKILL), stopped cleanly (SIGTERM) and started again on the same ports and data.
/// Disposing kills it if it runs and deletes the data.
/// </summary>
/// <param name="siloDll">The built silo host, run as <c>dotnet OrleansBroker.Silo.dll</c>.</param>
/// <param name="settings">Extra configuration, as <c>--Section:Key=value</c> arguments.</param>
public sealed class SiloProcess(string siloDll, params IReadOnlyList<string> settings) : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private readonly OutputLines _log = new();
    private Process? _process;

    /// <summary>The silo's data directory (partition logs and grain state).</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "orleansbroker-silos", Guid.NewGuid().ToString("N"));

    /// <summary>The silo-to-silo port.</summary>
    public int SiloPort { get; } = FreePorts.Next();

    /// <summary>The Orleans gateway port clients connect to.</summary>
    public int GatewayPort { get; } = FreePorts.Next();

    /// <summary>The port of the silo's Kafka listener, on 127.0.0.1.</summary>
    public int KafkaPort { get; } = FreePorts.Next();

    /// <summary>What a Kafka client's <c>bootstrap.servers</c> takes to reach this silo.</summary>
    public string KafkaBootstrapServer => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{KafkaPort}");

    /// <summary>What <c>--bootstrap-server</c> takes to reach this silo.</summary>
    public string BootstrapServer => string.Create(CultureInfo.InvariantCulture, $"localhost:{GatewayPort}");

    /// <summary>The running silo's process id; null while it is not running.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>Every line the silo printed so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Output => _log.Snapshot();

    /// <summary>True while the silo's process runs: started, and neither stopped, killed nor crashed.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The last lines the silo printed (stdout and stderr), for failure messages.</summary>
    public string RecentOutput => Log();

    /// <summary>Starts the silo and returns once its gateway accepts connections.</summary>
    public async Task StartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The silo is already running.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(siloDll),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(siloDll);
        start.ArgumentList.Add($"--Broker:DataDirectory={DataDirectory}");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--Orleans:Endpoints:SiloPort={SiloPort}"));
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--Orleans:Endpoints:GatewayPort={GatewayPort}"));
        // Silos of concurrent tests each take a free Kafka port rather than all asking for 9092.
        start.ArgumentList.Add("--Broker:Kafka:Host=127.0.0.1");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"--Broker:Kafka:Port={KafkaPort}"));
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => _log.Add(e.Data);
        _process.ErrorDataReceived += (_, e) => _log.Add(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForGatewayAsync(_process);
    }

    /// <summary>Kills the silo outright (SIGKILL, as <c>kill -9</c>): no shutdown, no flushing.</summary>
    public async Task KillAsync()
    {
        var process = Running();
        process.Kill();
        await process.WaitForExitAsync();
        Forget();
    }

    /// <summary>Asks the silo to stop (SIGTERM) and waits until it has; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        var process = Running();
        await Signals.SendAsync(process, Signals.Terminate);
        using var deadline = new CancellationTokenSource(StopTimeout);
        await process.WaitForExitAsync(deadline.Token);
        var exitCode = process.ExitCode;
        Forget();
        return exitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillAsync();
        }

        Forget();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task WaitForGatewayAsync(Process process)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with code {process.ExitCode} before its gateway answered:{Environment.NewLine}{Log()}");
            }

            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, GatewayPort).WaitAsync(StopTimeout);
                return;
            }
            catch (SocketException) when (waited.Elapsed < StartTimeout)
            {
                await Task.Delay(PollInterval);
            }
            catch (SocketException e)
            {
                throw new TimeoutException($"The silo's gateway on port {GatewayPort} did not answer within {StartTimeout}:{Environment.NewLine}{Log()}", e);
            }
        }
    }

    private Process Running() => _process ?? throw new InvalidOperationException("The silo is not running.");

    private void Forget()
    {
        _process?.Dispose();
        _process = null;
    }

    private string Log() => string.Join(Environment.NewLine, _log.Snapshot().TakeLast(40));
}
