using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace OrleansBroker.Client.Tests.HostileInput;

/// <summary>
/// Issue 8's hostile connections at the Orleans gateway, one row per case: raw TCP clients that send garbage, half a
/// connection preamble or nothing at all, and 1,000 of them idle. Orleans closes a connection whose preamble is
/// garbage; the others it keeps. Each time a new SDK client connecting through the gateway is served at once, and the
/// silo logs no error.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class HostileGatewayTests(GatewaySiloFixture fixture)
{
    private static readonly Dictionary<string, Func<HostileGatewayTests, Task>> Rows = new()
    {
        ["garbage instead of a preamble: closed, others served"] = test => test.GarbageAsync(),
        ["half a preamble, then a stall: others served"] = test => test.HalfPreambleAsync(),
        ["connects and sends nothing: others served"] = test => test.SilentAsync(),
        ["1,000 idle connections: a new client is still served"] = test => test.ThousandIdleAsync(),
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> Cases => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileConnection_LeavesTheGatewayServing(string row)
    {
        var logged = fixture.Errors.Count;

        await Rows[row](this);

        Assert.Empty(fixture.Errors.Skip(logged));
    }

    private async Task GarbageAsync()
    {
        using var socket = await OpenAsync();
        var garbage = new byte[4096];
        new Random(8).NextBytes(garbage);
        BinaryPrimitives.WriteInt32LittleEndian(garbage, int.MaxValue);

        await socket.SendAsync(garbage, SocketFlags.None, Cancellation);

        Assert.True(await IsClosedByBrokerAsync(socket), "The gateway kept a connection open after garbage.");
        await AssertNewClientServedAsync();
    }

    private async Task HalfPreambleAsync()
    {
        using var socket = await OpenAsync();
        var halfPreamble = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(halfPreamble, 100);

        await socket.SendAsync(halfPreamble, SocketFlags.None, Cancellation);

        await AssertNewClientServedAsync();
    }

    private async Task SilentAsync()
    {
        using var socket = await OpenAsync();

        await AssertNewClientServedAsync();
    }

    private async Task ThousandIdleAsync()
    {
        var idle = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(_ => OpenAsync()));
        try
        {
            await AssertNewClientServedAsync();
        }
        finally
        {
            foreach (var socket in idle)
            {
                socket.Dispose();
            }
        }
    }

    private async Task<Socket> OpenAsync()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, fixture.Silo.GatewayPort), Cancellation);
        return socket;
    }

    /// <summary>True when the gateway closes <paramref name="socket"/> (a read ends or fails) within 15 s.</summary>
    private static async Task<bool> IsClosedByBrokerAsync(Socket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        var buffer = new byte[1024];
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (SocketException)
        {
            return true;
        }
        catch (OperationCanceledException) when (!Cancellation.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>A new SDK client, connected through the gateway like any application, produces and consumes.</summary>
    private async Task AssertNewClientServedAsync()
    {
        await using var client = await BrokerClient.ConnectAsync(fixture.Silo.BootstrapServer, Cancellation);
        await StillServed.AssertAsync(client, Cancellation);
    }
}
