using Azure.Storage.Blobs;
using OrleansBroker.Testing.Processes;

namespace OrleansBroker.Testing.Azurite;

/// <summary>
/// Azurite for the tests of one assembly or collection: an in-memory <see cref="AzuriteProcess"/> run from
/// AppHost/node_modules (<see cref="AzuriteExecutable"/>), killed on dispose.
/// </summary>
public sealed class AzuriteEmulator : IAsyncLifetime
{
    private AzuriteProcess? _process;

    /// <summary>The blob service: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint => Running.BlobEndpoint;

    /// <summary>The queue service: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri QueueEndpoint => Running.QueueEndpoint;

    /// <summary>The table service: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.</summary>
    public Uri TableEndpoint => Running.TableEndpoint;

    /// <summary>A connection string for the emulator's account with all three endpoints, as the Azure SDKs and Orleans' Azure providers take it.</summary>
    public string ConnectionString => Running.ConnectionString;

    private AzuriteProcess Running => _process ?? throw new InvalidOperationException("Azurite has not been started.");

    /// <summary>A client of the blob service; <paramref name="options"/> can add pipeline policies (to count requests, inject faults).</summary>
    public BlobServiceClient BlobServiceClient(BlobClientOptions? options = null) => new(ConnectionString, options ?? new BlobClientOptions());

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _process = new AzuriteProcess(await AzuriteExecutable.EnsureAsync());
        await _process.StartAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
