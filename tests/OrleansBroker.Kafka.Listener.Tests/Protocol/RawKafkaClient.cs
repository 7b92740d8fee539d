using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Listener.Tests.Protocol;

/// <summary>A Kafka connection driven byte by byte with the codec: frames are sent as given and read back raw.</summary>
public sealed class RawKafkaClient : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private RawKafkaClient(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    /// <summary>Connects to 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<RawKafkaClient> ConnectAsync(int port)
    {
        var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        return new RawKafkaClient(tcp);
    }

    /// <summary>A whole request frame of <paramref name="request"/> at <paramref name="version"/>.</summary>
    public static byte[] Frame(IKafkaRequest request, short version, int correlationId)
    {
        using var writer = new KafkaWriter();
        KafkaFrame.WriteRequest(writer, new RequestHeader(request.ApiKey, version, correlationId, "raw-test"), request);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Sends <paramref name="bytes"/> as they are.</summary>
    public async Task SendAsync(params byte[][] bytes)
    {
        foreach (var part in bytes)
        {
            await _stream.WriteAsync(part);
        }

        await _stream.FlushAsync();
    }

    /// <summary>Sends <paramref name="request"/> in one frame.</summary>
    public Task SendAsync(IKafkaRequest request, short version, int correlationId) => SendAsync(Frame(request, version, correlationId));

    /// <summary>The next response frame, without its size prefix; fails if none comes in time or the broker closed.</summary>
    public async Task<byte[]> ReceiveFrameAsync()
    {
        var size = new byte[KafkaFrame.SizePrefixLength];
        await ReadExactlyAsync(size);
        var frame = new byte[BinaryPrimitives.ReadInt32BigEndian(size)];
        await ReadExactlyAsync(frame);
        return frame;
    }

    /// <summary>The next response, read as <typeparamref name="T"/> at <paramref name="version"/>, and its correlation id.</summary>
    public async Task<(int CorrelationId, T Response)> ReceiveAsync<T>(short version)
        where T : IKafkaResponse, IKafkaMessage<T>
    {
        var response = KafkaFrame.ReadResponse<T>(await ReceiveFrameAsync(), version, out var correlationId);
        return (correlationId, response);
    }

    /// <summary>True once the broker has closed the connection (a read ends or is reset) within <paramref name="within"/>; false if it stays open.</summary>
    public async Task<bool> IsClosedByBrokerAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            return await _stream.ReadAsync(new byte[1], timeout.Token) == 0;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>Asserts the broker still answers this connection: an ApiVersions request gets its answer, without error.</summary>
    public async Task AssertServedAsync()
    {
        await SendAsync(new ApiVersionsRequest(), 3, correlationId: 42);
        var (correlationId, response) = await ReceiveAsync<ApiVersionsResponse>(3);
        Assert.Equal((42, (short)0), (correlationId, response.ErrorCode));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }

    private async Task ReadExactlyAsync(byte[] buffer)
    {
        using var timeout = new CancellationTokenSource(ReadTimeout);
        await _stream.ReadExactlyAsync(buffer, timeout.Token);
    }
}
