using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;

namespace OrleansBroker.Testing.Azurite;

/// <summary>
/// Azurite, the Azure Storage emulator, for the tests of one assembly or collection: run from AppHost/node_modules
/// (<see cref="NpmPackages"/> runs npm ci there when it is missing) on free loopback ports, storing everything in memory,
/// and killed with its process tree on dispose. The account is the emulator's well-known devstoreaccount1, and every
/// endpoint uses 127.0.0.1 (with localhost the Azure SDK fails with InvalidResourceName).
/// </summary>
public sealed class AzuriteEmulator : IAsyncLifetime
{
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private Process? _process;
    private int[] _ports = [];

    /// <summary>The blob service: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint => Endpoint(0);

    /// <summary>The queue service: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri QueueEndpoint => Endpoint(1);

    /// <summary>The table service: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => Endpoint(2);

    /// <summary>A connection string for the emulator's account with all three endpoints, as the Azure SDKs and Orleans' Azure providers take it.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>A client of the blob service; <paramref name="options"/> can add pipeline policies (to count requests, inject faults).</summary>
    public BlobServiceClient BlobServiceClient(BlobClientOptions? options = null) => new(ConnectionString, options ?? new BlobClientOptions());

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        string azurite;
        using (var installing = new CancellationTokenSource(InstallTimeout))
        {
            azurite = await NpmPackages.EnsureAsync("AppHost", Path.Combine("node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite"), installing.Token);
        }

        using var starting = new CancellationTokenSource(StartTimeout);
        _ports = FreeLoopbackPorts(3);
        _process = Start(azurite);
        await WaitUntilAnsweringAsync(starting.Token);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private Uri Endpoint(int service) => new($"http://127.0.0.1:{_ports[service]}/{AccountName}");

    /// <summary>Ports the system hands out for port 0, all held at once so that they differ.</summary>
    private static int[] FreeLoopbackPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(listener => listener.Start());
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        listeners.ForEach(listener => listener.Stop());
        return ports;
    }

    private Process Start(string azurite)
    {
        var start = new ProcessStartInfo(azurite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        string[] arguments =
        [
            "--inMemoryPersistence", "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", $"{_ports[0]}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{_ports[1]}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_ports[2]}",
        ];
        arguments.ToList().ForEach(start.ArgumentList.Add);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {azurite}.");
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits until the blob service answers an unauthenticated GET / with 400, as a running Azurite does.</summary>
    private async Task WaitUntilAnsweringAsync(CancellationToken cancellation)
    {
        using var http = new HttpClient();
        var root = new Uri($"http://127.0.0.1:{_ports[0]}/");
        try
        {
            while (!await AnswersAsync(http, root, cancellation))
            {
                if (_process!.HasExited)
                {
                    throw Failure($"Azurite exited with code {_process.ExitCode} before answering on {root}.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw Failure($"Azurite did not answer on {root} within {StartTimeout.TotalSeconds:0} s.");
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http, Uri root, CancellationToken cancellation)
    {
        try
        {
            using var response = await http.GetAsync(root, cancellation);
            return response.StatusCode == HttpStatusCode.BadRequest;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Record(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private InvalidOperationException Failure(string message)
    {
        lock (_output)
        {
            return new InvalidOperationException($"{message} Its output:{Environment.NewLine}{_output}");
        }
    }
}
