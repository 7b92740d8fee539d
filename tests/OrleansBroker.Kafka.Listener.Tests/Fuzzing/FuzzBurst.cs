using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace OrleansBroker.Kafka.Listener.Tests.Fuzzing;

/// <summary>
/// One fuzzing connection: sends a burst of frames back to back (pipelined), then closes its sending side, so the
/// broker answers what it accepted and closes, or closes early at the first frame it refuses. Either way the burst ends
/// with the broker closing the connection; one that stays open past a deadline means the broker hung.
/// </summary>
public static class FuzzBurst
{
    /// <summary>Sends <paramref name="frames"/> to 127.0.0.1:<paramref name="port"/>; returns the response bytes received before the broker closed.</summary>
    public static async Task<long> SendAsync(int port, IReadOnlyList<byte[]> frames, TimeSpan deadline)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port);
        using var closed = new CancellationTokenSource(deadline);
        var draining = DrainAsync(socket, closed.Token);
        try
        {
            foreach (var frame in frames)
            {
                await socket.SendAsync(frame, closed.Token);
            }

            socket.Shutdown(SocketShutdown.Send);
        }
        catch (SocketException)
        {
            // The broker closed the connection at a frame it refused, before the burst was through.
        }

        try
        {
            return await draining;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(
                $"The broker neither answered nor closed a connection within {deadline.TotalSeconds:0} s of its last frame. The burst: {Describe(frames)}");
        }
    }

    /// <summary>Each frame's API key and version as its header claims, size prefix and length, and bytes in hex.</summary>
    private static string Describe(IReadOnlyList<byte[]> frames) => string.Join(
        Environment.NewLine,
        frames.Select(frame => frame.Length < 8
            ? $"[{frame.Length} B] {Convert.ToHexString(frame)}"
            : $"key {BinaryPrimitives.ReadInt16BigEndian(frame.AsSpan(4))} v{BinaryPrimitives.ReadInt16BigEndian(frame.AsSpan(6))}, size {BinaryPrimitives.ReadInt32BigEndian(frame)} [{frame.Length} B] {Convert.ToHexString(frame)}"));

    private static async Task<long> DrainAsync(Socket socket, CancellationToken cancellation)
    {
        var buffer = new byte[64 * 1024];
        long received = 0;
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, cancellation)) > 0)
            {
                received += read;
            }
        }
        catch (SocketException)
        {
            // Reset by the broker closing with our bytes still unread: closed all the same.
        }

        return received;
    }
}
