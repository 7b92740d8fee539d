using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>A bare TCP connection to the frontend, for clients that send nothing or half a request and then stall.</summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttpConnection(TcpClient client) => (_client, _stream) = (client, client.GetStream());

    /// <summary>Connects to 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<RawHttpConnection> ConnectAsync(int port)
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
        return new RawHttpConnection(client);
    }

    /// <summary>Sends <paramref name="text"/> as ASCII, as it stands (no line ending is added).</summary>
    public Task SendAsync(string text) => _stream.WriteAsync(Encoding.ASCII.GetBytes(text), TestContext.Current.CancellationToken).AsTask();

    /// <summary>
    /// Reads until the server closes the connection, at most <paramref name="within"/>: what the server sent before
    /// closing (as ASCII), or null if it was still open at the end.
    /// </summary>
    public async Task<string?> ReadUntilClosedAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            while (await _stream.ReadAsync(buffer, timeout.Token) is var read and > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (IOException)
        {
            // Reset by the server: closed too.
        }

        return Encoding.ASCII.GetString(received.ToArray());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
