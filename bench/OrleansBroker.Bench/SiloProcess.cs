using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrleansBroker.Bench;

/// <summary>A broker silo started as its own process on free loopback ports, with a fresh data directory.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;

    private SiloProcess(Process process, string dataDirectory, int gatewayPort, int kafkaPort)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        GatewayPort = gatewayPort;
        KafkaPort = kafkaPort;
    }

    public int GatewayPort { get; }

    /// <summary>The silo's Kafka listener, on a free port so the bench never clashes with a broker already on 9092.</summary>
    public int KafkaPort { get; }

    public static async Task<SiloProcess> StartAsync(string configuration)
    {
        var siloDll = Path.Combine(RepositoryRoot(), "src", "OrleansBroker.Silo", "bin", configuration, "net10.0", "OrleansBroker.Silo.dll");
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"obk-bench-{Guid.NewGuid():N}");
        var (siloPort, gatewayPort, kafkaPort) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                siloDll, $"--Broker:DataDirectory={dataDirectory}",
                $"--Orleans:Endpoints:SiloPort={siloPort}", $"--Orleans:Endpoints:GatewayPort={gatewayPort}",
                $"--Broker:Kafka:Port={kafkaPort}",
                "--Logging:LogLevel:Default=Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the silo.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) { Console.Error.WriteLine($"silo: {line.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForPortAsync(gatewayPort, process, TimeSpan.FromSeconds(60));
        await WaitForPortAsync(kafkaPort, process, TimeSpan.FromSeconds(60));
        return new SiloProcess(process, dataDirectory, gatewayPort, kafkaPort);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process process, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"The silo did not open its port {port} within {timeout}.");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OrleansBroker.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
