using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace OrleansBroker.Testing.Processes;

/// <summary>
/// Azurite, the Azure Storage emulator, as a process on free loopback ports chosen once: it can be killed (SIGKILL),
/// stopped (SIGTERM) and started again on the same ports, so clients made earlier reach it again. With a data
/// directory (<c>--location</c>) what it stored outlives a restart; without one everything is in memory. The account is
/// the emulator's well-known devstoreaccount1, and every endpoint uses 127.0.0.1 (with localhost the Azure SDK fails
/// with InvalidResourceName).
/// </summary>
/// <param name="azurite">The azurite executable (AppHost/node_modules/.bin/azurite).</param>
/// <param name="dataDirectory">Where Azurite keeps its data across restarts; null to keep it in memory.</param>
public sealed class AzuriteProcess(string azurite, string? dataDirectory = null) : IAsyncDisposable
{
    /// <summary>The emulator's well-known account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The emulator's well-known account key, published in Azurite's documentation.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private readonly OutputLines _output = new();
    private readonly int[] _ports = [FreePorts.Next(), FreePorts.Next(), FreePorts.Next()];
    private Process? _process;

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

    /// <summary>The running emulator's process id; null while it is not running.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>Starts Azurite and returns once its blob service answers.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        _process = Start();
        using var starting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        starting.CancelAfter(StartTimeout);
        await WaitUntilAnsweringAsync(_process, starting.Token);
    }

    /// <summary>Kills Azurite outright (SIGKILL): what it had not saved to its data directory is lost.</summary>
    public async Task KillAsync()
    {
        var process = Running();
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Forget();
    }

    /// <summary>Stops Azurite as a service manager does (SIGTERM): it saves its data and exits.</summary>
    public async Task StopAsync()
    {
        var process = Running();
        await Signals.SendAsync(process, Signals.Terminate);
        using var deadline = new CancellationTokenSource(StopTimeout);
        await process.WaitForExitAsync(deadline.Token);
        Forget();
    }

    /// <summary>Kills Azurite if it runs; its data directory is left to whoever chose it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillAsync();
        }

        Forget();
    }

    private Uri Endpoint(int service) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_ports[service]}/{AccountName}"));

    private Process Start()
    {
        var start = new ProcessStartInfo(azurite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        string[] storage = dataDirectory is null ? ["--inMemoryPersistence"] : ["--location", dataDirectory];
        string[] arguments =
        [
            .. storage, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", Port(0),
            "--queueHost", "127.0.0.1", "--queuePort", Port(1),
            "--tableHost", "127.0.0.1", "--tablePort", Port(2),
        ];
        Array.ForEach(arguments, start.ArgumentList.Add);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {azurite}.");
        process.OutputDataReceived += (_, line) => _output.Add(line.Data);
        process.ErrorDataReceived += (_, line) => _output.Add(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private string Port(int service) => _ports[service].ToString(CultureInfo.InvariantCulture);

    /// <summary>Waits until the blob service answers an unauthenticated GET / with 400, as a running Azurite does.</summary>
    private async Task WaitUntilAnsweringAsync(Process process, CancellationToken cancellation)
    {
        using var http = new HttpClient();
        var root = new Uri($"http://127.0.0.1:{Port(0)}/");
        try
        {
            while (!await AnswersAsync(http, root, cancellation))
            {
                if (process.HasExited)
                {
                    throw Failure($"Azurite exited with code {process.ExitCode} before answering on {root}.");
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

    private Process Running() => _process ?? throw new InvalidOperationException("Azurite is not running.");

    private void Forget()
    {
        _process?.Dispose();
        _process = null;
    }

    private InvalidOperationException Failure(string message) =>
        new($"{message} Its output:{Environment.NewLine}{string.Join(Environment.NewLine, _output.Snapshot())}");
}
